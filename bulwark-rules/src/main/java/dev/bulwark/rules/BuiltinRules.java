package dev.bulwark.rules;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.workflow.WorkflowSyntaxError;
import dev.bulwark.rules.workflow.ImagePushedWithoutScan;
import dev.bulwark.rules.workflow.ScanCannotFail;
import dev.bulwark.rules.workflow.PushWithoutTest;
import dev.bulwark.rules.workflow.BuildkitDisabled;
import dev.bulwark.rules.workflow.SecretInBuildArg;
import dev.bulwark.rules.workflow.ActionNotPinned;
import dev.bulwark.rules.workflow.UntrustedCheckout;
import dev.bulwark.rules.workflow.ScriptInjection;
import dev.bulwark.rules.workflow.PushWithoutPermissions;
import dev.bulwark.rules.workflow.RegistryPasswordOnCommandLine;
import dev.bulwark.rules.workflow.PushedImageWithoutAttestations;
import dev.bulwark.rules.compose.BindMountForServiceData;
import dev.bulwark.rules.compose.BuiltImageWithoutTag;
import dev.bulwark.rules.compose.ServiceCapabilitiesNotDropped;
import dev.bulwark.rules.compose.ComposeSyntaxError;
import dev.bulwark.rules.compose.DependsOnCycle;
import dev.bulwark.rules.compose.DependsOnUnknownService;
import dev.bulwark.rules.compose.DependsOnWithoutHealthCondition;
import dev.bulwark.rules.compose.DuplicatePublishedPort;
import dev.bulwark.rules.compose.HealthcheckDisabled;
import dev.bulwark.rules.compose.HealthcheckToolNotInImage;
import dev.bulwark.rules.compose.HostCredentialsMounted;
import dev.bulwark.rules.compose.ModelServerWithoutStartPeriod;
import dev.bulwark.rules.compose.ObsoleteVersion;
import dev.bulwark.rules.compose.PasswordVariableWithoutFile;
import dev.bulwark.rules.compose.SecretFileWorldReadable;
import dev.bulwark.rules.compose.SecretInBuildArgs;
import dev.bulwark.rules.compose.SecretInCommand;
import dev.bulwark.rules.compose.SecretInEnvironment;
import dev.bulwark.rules.compose.ServiceCudaImageEndOfLife;
import dev.bulwark.rules.compose.ServiceFrameworkEndOfLife;
import dev.bulwark.rules.compose.ServiceWithoutMetrics;
import dev.bulwark.rules.compose.ServiceHealthyWithoutHealthcheck;
import dev.bulwark.rules.compose.ServiceImageEndOfLife;
import dev.bulwark.rules.compose.ServiceImageEndOfLifeSoon;
import dev.bulwark.rules.compose.ServiceWithoutCpuLimit;
import dev.bulwark.rules.compose.ServiceWithoutHealthcheck;
import dev.bulwark.rules.compose.ServiceWithoutMemoryLimit;
import dev.bulwark.rules.compose.ServiceWithoutPidsLimit;
import dev.bulwark.rules.compose.ReferencedFileMissing;
import dev.bulwark.rules.compose.DangerousCapability;
import dev.bulwark.rules.compose.DockerSocketMounted;
import dev.bulwark.rules.compose.GpuImageWithoutReservation;
import dev.bulwark.rules.compose.GpuServiceWithoutShm;
import dev.bulwark.rules.compose.HostNetworkMode;
import dev.bulwark.rules.compose.HostPidMode;
import dev.bulwark.rules.compose.InternalServicePublished;
import dev.bulwark.rules.compose.LegacyNvidiaRuntime;
import dev.bulwark.rules.compose.ModelCacheWithoutVolume;
import dev.bulwark.rules.compose.ModelVolumeWritable;
import dev.bulwark.rules.compose.NoNewPrivilegesMissing;
import dev.bulwark.rules.compose.PrivilegedService;
import dev.bulwark.rules.compose.ReadOnlyWithoutTmpfs;
import dev.bulwark.rules.compose.SecurityProfileDisabled;
import dev.bulwark.rules.compose.ServiceImageInexactTag;
import dev.bulwark.rules.compose.ServiceImageLatestTag;
import dev.bulwark.rules.compose.ServiceImageUntagged;
import dev.bulwark.rules.compose.ServiceRunsAsRoot;
import dev.bulwark.rules.compose.StatefulDataNotPersisted;
import dev.bulwark.rules.compose.UnsetVariable;
import dev.bulwark.rules.context.CopySourceIgnored;
import dev.bulwark.rules.context.CredentialInContextCopied;
import dev.bulwark.rules.context.DockerignoreMissesLocalState;
import dev.bulwark.rules.context.LargeContext;
import dev.bulwark.rules.context.ModelArtifactsCopied;
import dev.bulwark.rules.context.PickleModelInContextCopied;
import dev.bulwark.rules.dockerfile.AddForLocalFiles;
import dev.bulwark.rules.dockerfile.AddRemoteWithoutChecksum;
import dev.bulwark.rules.dockerfile.ApkAddCache;
import dev.bulwark.rules.dockerfile.ApkUnpinnedPackage;
import dev.bulwark.rules.dockerfile.AptGetUpdateAlone;
import dev.bulwark.rules.dockerfile.AptInsteadOfAptGet;
import dev.bulwark.rules.dockerfile.AptListsKept;
import dev.bulwark.rules.dockerfile.AptMissingYes;
import dev.bulwark.rules.dockerfile.AptNoInstallRecommends;
import dev.bulwark.rules.dockerfile.AptUnpinnedPackage;
import dev.bulwark.rules.dockerfile.BaseImageEndOfLife;
import dev.bulwark.rules.dockerfile.BaseImageEndOfLifeSoon;
import dev.bulwark.rules.dockerfile.BuildInputNotCopied;
import dev.bulwark.rules.dockerfile.BuildToolsInFinalStage;
import dev.bulwark.rules.dockerfile.BuildkitSyntaxWithoutDirective;
import dev.bulwark.rules.dockerfile.CdInsteadOfWorkdir;
import dev.bulwark.rules.dockerfile.CondaCacheKept;
import dev.bulwark.rules.dockerfile.ConsecutiveRuns;
import dev.bulwark.rules.dockerfile.ConstantFromPlatform;
import dev.bulwark.rules.dockerfile.ContextCopiedBeforeDependencies;
import dev.bulwark.rules.dockerfile.CopiedArchiveExtracted;
import dev.bulwark.rules.dockerfile.CopyFromOwnStage;
import dev.bulwark.rules.dockerfile.CopyFromUnknownStage;
import dev.bulwark.rules.dockerfile.CopyIgnoredFile;
import dev.bulwark.rules.dockerfile.CopySourcesToFileDestination;
import dev.bulwark.rules.dockerfile.CpuWheelsOnCudaImage;
import dev.bulwark.rules.dockerfile.CredentialFileCopied;
import dev.bulwark.rules.dockerfile.CredentialsInUrl;
import dev.bulwark.rules.dockerfile.CudaDevelImageInFinalStage;
import dev.bulwark.rules.dockerfile.CudaImageEndOfLife;
import dev.bulwark.rules.dockerfile.CudaVersionMismatch;
import dev.bulwark.rules.dockerfile.DnfCacheKept;
import dev.bulwark.rules.dockerfile.DnfMissingYes;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import dev.bulwark.rules.dockerfile.DockerfileSyntaxError;
import dev.bulwark.rules.dockerfile.DuplicateStageName;
import dev.bulwark.rules.dockerfile.EmptyContinuationLine;
import dev.bulwark.rules.dockerfile.EnvReferencesSameInstruction;
import dev.bulwark.rules.dockerfile.ExecFormFallback;
import dev.bulwark.rules.dockerfile.ExposeHostMapping;
import dev.bulwark.rules.dockerfile.ExposeInvalidPort;
import dev.bulwark.rules.dockerfile.ExposeProtocolCasing;
import dev.bulwark.rules.dockerfile.FloatingChannelTag;
import dev.bulwark.rules.dockerfile.FrameworkEndOfLife;
import dev.bulwark.rules.dockerfile.FromAsCasing;
import dev.bulwark.rules.dockerfile.FullBaseImageInFinalStage;
import dev.bulwark.rules.dockerfile.GemUnpinnedPackage;
import dev.bulwark.rules.dockerfile.HealthcheckShellFormWithoutShell;
import dev.bulwark.rules.dockerfile.HealthcheckToolMissing;
import dev.bulwark.rules.dockerfile.HealthcheckWithoutStartPeriod;
import dev.bulwark.rules.dockerfile.ImageNotPinnedByDigest;
import dev.bulwark.rules.dockerfile.InconsistentInstructionCasing;
import dev.bulwark.rules.dockerfile.InexactCudaImageTag;
import dev.bulwark.rules.dockerfile.InexactImageTag;
import dev.bulwark.rules.dockerfile.InsecureRunSecurity;
import dev.bulwark.rules.dockerfile.InvalidDefaultArgInFrom;
import dev.bulwark.rules.dockerfile.InvalidLabelKey;
import dev.bulwark.rules.dockerfile.LabelKeyStyle;
import dev.bulwark.rules.dockerfile.LatestTag;
import dev.bulwark.rules.dockerfile.LegacyKeyValueFormat;
import dev.bulwark.rules.dockerfile.LoginCredentialOnCommandLine;
import dev.bulwark.rules.dockerfile.MaintainerDeprecated;
import dev.bulwark.rules.dockerfile.MissingHealthcheck;
import dev.bulwark.rules.dockerfile.ModelDirNotWritable;
import dev.bulwark.rules.dockerfile.ModelDownloadUnpinned;
import dev.bulwark.rules.dockerfile.MultipleCmd;
import dev.bulwark.rules.dockerfile.MultipleEntrypoint;
import dev.bulwark.rules.dockerfile.MultipleHealthchecks;
import dev.bulwark.rules.dockerfile.NotebookAllowRoot;
import dev.bulwark.rules.dockerfile.NotebookWithoutAuth;
import dev.bulwark.rules.dockerfile.NpmInstallInsteadOfCi;
import dev.bulwark.rules.dockerfile.NpmUnpinnedPackage;
import dev.bulwark.rules.dockerfile.NvidiaVisibleDevicesAll;
import dev.bulwark.rules.dockerfile.PackageBuiltInFinalStage;
import dev.bulwark.rules.dockerfile.PickleModelCopied;
import dev.bulwark.rules.dockerfile.PipExtraIndexUrl;
import dev.bulwark.rules.dockerfile.PipInsecureIndex;
import dev.bulwark.rules.dockerfile.PipNoCacheDir;
import dev.bulwark.rules.dockerfile.PipRequirementsWithoutHashes;
import dev.bulwark.rules.dockerfile.PipUnpinnedPackage;
import dev.bulwark.rules.dockerfile.PipeWithoutPipefail;
import dev.bulwark.rules.dockerfile.PointlessCommandInRun;
import dev.bulwark.rules.dockerfile.PrivilegedToolInImage;
import dev.bulwark.rules.dockerfile.PythonOutputBuffered;
import dev.bulwark.rules.dockerfile.RedundantTargetPlatform;
import dev.bulwark.rules.dockerfile.RelativeCopyWithoutWorkdir;
import dev.bulwark.rules.dockerfile.RelativeWorkdir;
import dev.bulwark.rules.dockerfile.RemoteScriptExecuted;
import dev.bulwark.rules.dockerfile.ReservedStageName;
import dev.bulwark.rules.dockerfile.RootUser;
import dev.bulwark.rules.dockerfile.RootUserInAnyStage;
import dev.bulwark.rules.dockerfile.RpmUnpinnedPackage;
import dev.bulwark.rules.dockerfile.SecretInArgOrEnv;
import dev.bulwark.rules.dockerfile.SecretValueInDockerfile;
import dev.bulwark.rules.dockerfile.ShReplacedBySymlink;
import dev.bulwark.rules.dockerfile.ShellFormCommand;
import dev.bulwark.rules.dockerfile.ShellWithoutCommandFlag;
import dev.bulwark.rules.dockerfile.SshServerInImage;
import dev.bulwark.rules.dockerfile.StageNameCasing;
import dev.bulwark.rules.dockerfile.SudoInRun;
import dev.bulwark.rules.dockerfile.SystemUpgradeInBuild;
import dev.bulwark.rules.dockerfile.ToolchainImageInFinalStage;
import dev.bulwark.rules.dockerfile.UndefinedArgInFrom;
import dev.bulwark.rules.dockerfile.UndefinedVariable;
import dev.bulwark.rules.dockerfile.UntaggedImage;
import dev.bulwark.rules.dockerfile.UntrustedRegistry;
import dev.bulwark.rules.dockerfile.UserNotCreated;
import dev.bulwark.rules.dockerfile.UseraddLargeUid;
import dev.bulwark.rules.dockerfile.WgetAndCurl;
import dev.bulwark.rules.dockerfile.WgetWithoutProgress;
import dev.bulwark.rules.dockerfile.WholeContextWithoutDockerignore;
import dev.bulwark.rules.dockerfile.WorldWritablePermissions;
import dev.bulwark.rules.dockerfile.YarnCacheKept;
import dev.bulwark.rules.dockerfile.YumCacheKept;
import dev.bulwark.rules.dockerfile.YumMissingYes;
import dev.bulwark.rules.dockerfile.ZypperCacheKept;
import dev.bulwark.rules.dockerfile.ZypperDistUpgrade;
import dev.bulwark.rules.dockerfile.ZypperMissingNonInteractive;
import dev.bulwark.rules.dockerfile.ZypperUnpinnedPackage;
import dev.bulwark.rules.engine.ImageDiffersFromPin;
import dev.bulwark.rules.engine.RuleCrashed;
import dev.bulwark.rules.image.GrypeVulnerability;
import dev.bulwark.rules.image.TrivyVulnerability;
import dev.bulwark.rules.project.DeploymentForcesRoot;
import dev.bulwark.rules.project.GpuImageWithoutGpu;
import dev.bulwark.rules.project.GpuReservedForCpuImage;
import dev.bulwark.rules.project.ProbePortNotExposed;
import dev.bulwark.rules.project.ProbeToolNotInImage;
import dev.bulwark.rules.project.VolumeOverRootOwnedDirectory;
import dev.bulwark.rules.kubernetes.ContainerCudaImageEndOfLife;
import dev.bulwark.rules.kubernetes.ContainerFrameworkEndOfLife;
import dev.bulwark.rules.kubernetes.ContainerWithoutMetrics;
import dev.bulwark.rules.kubernetes.ContainerImageEndOfLife;
import dev.bulwark.rules.kubernetes.ContainerImageEndOfLifeSoon;
import dev.bulwark.rules.kubernetes.ManifestSyntaxError;
import dev.bulwark.rules.kubernetes.ContainerCapabilitiesNotDropped;
import dev.bulwark.rules.kubernetes.DangerousCapabilityAdded;
import dev.bulwark.rules.kubernetes.HostIpc;
import dev.bulwark.rules.kubernetes.HostNetwork;
import dev.bulwark.rules.kubernetes.HostPathVolume;
import dev.bulwark.rules.kubernetes.HostPid;
import dev.bulwark.rules.kubernetes.HostPort;
import dev.bulwark.rules.kubernetes.MissingCpuLimit;
import dev.bulwark.rules.kubernetes.MissingCpuRequest;
import dev.bulwark.rules.kubernetes.MissingLivenessProbe;
import dev.bulwark.rules.kubernetes.MissingMemoryLimit;
import dev.bulwark.rules.kubernetes.MissingMemoryRequest;
import dev.bulwark.rules.kubernetes.MissingReadinessProbe;
import dev.bulwark.rules.kubernetes.ModelServerWithoutStartupProbe;
import dev.bulwark.rules.kubernetes.NamespaceWithoutQuota;
import dev.bulwark.rules.kubernetes.PrivilegeEscalationAllowed;
import dev.bulwark.rules.kubernetes.PrivilegedContainer;
import dev.bulwark.rules.kubernetes.ProbePortNotDeclared;
import dev.bulwark.rules.kubernetes.ReadOnlyRootFilesystemMissing;
import dev.bulwark.rules.kubernetes.RunAsNonRootMissing;
import dev.bulwark.rules.kubernetes.RunAsUserRoot;
import dev.bulwark.rules.kubernetes.RuntimeSocketMounted;
import dev.bulwark.rules.kubernetes.SeccompProfileMissing;
import dev.bulwark.rules.kubernetes.SecretAsEnvVar;
import dev.bulwark.rules.kubernetes.SecretInArgs;
import dev.bulwark.rules.kubernetes.SecretInEnvValue;
import dev.bulwark.rules.kubernetes.SecretObjectCommitted;
import dev.bulwark.rules.kubernetes.ServiceAccountTokenAutomounted;
import dev.bulwark.rules.kubernetes.ContainerImageUntagged;
import dev.bulwark.rules.kubernetes.ContainerImageLatestTag;
import dev.bulwark.rules.kubernetes.ContainerImageInexactTag;
import dev.bulwark.rules.kubernetes.PullPolicyContradictsTag;
import dev.bulwark.rules.kubernetes.ContainerImageNotPinnedByDigest;
import dev.bulwark.rules.kubernetes.RwoVolumeSharedByReplicas;
import dev.bulwark.rules.kubernetes.StatefulServiceAsDeployment;
import dev.bulwark.rules.kubernetes.StatefulSetWithoutVolumeClaimTemplates;
import dev.bulwark.rules.kubernetes.StatefulSetWithoutServiceName;
import dev.bulwark.rules.kubernetes.HpaTargetWithoutRequests;
import dev.bulwark.rules.kubernetes.SelectorMismatch;
import dev.bulwark.rules.kubernetes.RemovedApiVersion;
import dev.bulwark.rules.kubernetes.DuplicateEnvVar;
import dev.bulwark.rules.kubernetes.GpuImageWithoutGpuLimit;
import dev.bulwark.rules.kubernetes.GpuWithoutNodeSelection;
import dev.bulwark.rules.kubernetes.GpuTrainingWithoutShm;
import dev.bulwark.rules.kubernetes.GpuRequestWithoutLimit;
import dev.bulwark.rules.kubernetes.ModelPathNotOnVolume;
import dev.bulwark.rules.kubernetes.ServedModelVolumeWritable;
import dev.bulwark.rules.kubernetes.EmptyDirWithoutSizeLimit;
import dev.bulwark.rules.kubernetes.DanglingService;
import dev.bulwark.rules.engine.UnknownRuleInSuppression;
import dev.bulwark.rules.engine.UnreadableFile;
import dev.bulwark.rules.engine.UnusedSuppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one registry of built-in rules: an explicit list, sorted by code. A test scans the rules
 * packages and fails when a {@link RuleInfo} class is missing here or two rules share a code or
 * a name, so adding a rule means adding it to this list.
 */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    /** Every built-in rule and engine diagnostic, sorted by code. New instances on each call. */
    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        // The families' code prefixes (BW, CI, DC, DF, DI, IM, KU, PJ) are in this order, so the lists stay sorted.
        for (RuleFamily family : RuleFamily.values()) {
            all.addAll(of(family));
        }
        return List.copyOf(all);
    }

    /**
     * The rules of one family, sorted by code; new instances on each call. A check that finds no
     * file of a family never creates its rules, so their classes and constants are not loaded.
     */
    public static List<Rule> of(RuleFamily family) {
        switch (family) {
            case TOOL:
                return tool();
            case WORKFLOW:
                return workflow();
            case CONTEXT:
                return context();
            case IMAGE:
                return image();
            case COMPOSE:
                return compose();
            case DOCKERFILE:
                return dockerfile();
            case KUBERNETES:
                return kubernetes();
            case PROJECT:
                return project();
            default:
                throw new IllegalArgumentException("no rules for " + family);
        }
    }

    /**
     * The metadata of every built-in rule, sorted by code as {@link #all()}, read from the index
     * the build generates: no rule class is loaded.
     */
    public static List<RuleMeta> metas() {
        return RuleIndex.all();
    }

    /** The engine's own diagnostics (BW). */
    private static List<Rule> tool() {
        return List.of(
                new UnreadableFile(),
                new RuleCrashed(),
                new UnusedSuppression(),
                new UnknownRuleInSuppression(),
                new ImageDiffersFromPin());
    }

    /** CI workflow rules and the workflow diagnostic (CI). */
    private static List<Rule> workflow() {
        return List.of(
                new WorkflowSyntaxError(),
                new ImagePushedWithoutScan(),
                new ScanCannotFail(),
                new PushWithoutTest(),
                new BuildkitDisabled(),
                new SecretInBuildArg(),
                new ActionNotPinned(),
                new UntrustedCheckout(),
                new ScriptInjection(),
                new PushWithoutPermissions(),
                new RegistryPasswordOnCommandLine(),
                new PushedImageWithoutAttestations());
    }

    /** Build-context rules (DI), run on the builds of the Dockerfiles. */
    private static List<Rule> context() {
        return List.of(
                new CredentialInContextCopied(),
                new ModelArtifactsCopied(),
                new PickleModelInContextCopied(),
                new DockerignoreMissesLocalState(),
                new LargeContext(),
                new CopySourceIgnored());
    }

    /** Image vulnerabilities imported from scanners (IM): raised by the import, like diagnostics. */
    private static List<Rule> image() {
        return List.of(
                new TrivyVulnerability(),
                new GrypeVulnerability());
    }

    /** Project rules (PJ), run on each image built in the repository with the places that run it. */
    private static List<Rule> project() {
        return List.of(
                new ProbeToolNotInImage(),
                new ProbePortNotExposed(),
                new DeploymentForcesRoot(),
                new GpuImageWithoutGpu(),
                new GpuReservedForCpuImage(),
                new VolumeOverRootOwnedDirectory());
    }

    /** Compose rules and the loader's diagnostics (DC). */
    private static List<Rule> compose() {
        return List.of(
                new ComposeSyntaxError(),
                new UnsetVariable(),
                new ObsoleteVersion(),
                new ServiceWithoutMemoryLimit(),
                new ServiceWithoutCpuLimit(),
                new ServiceWithoutPidsLimit(),
                new ServiceWithoutHealthcheck(),
                new HealthcheckDisabled(),
                new HealthcheckToolNotInImage(),
                new ModelServerWithoutStartPeriod(),
                new DependsOnWithoutHealthCondition(),
                new ServiceHealthyWithoutHealthcheck(),
                new DependsOnUnknownService(),
                new DependsOnCycle(),
                new DuplicatePublishedPort(),
                new ReferencedFileMissing(),
                new ServiceImageUntagged(),
                new ServiceImageLatestTag(),
                new ServiceImageInexactTag(),
                new BuiltImageWithoutTag(),
                new PrivilegedService(),
                new DangerousCapability(),
                new HostNetworkMode(),
                new HostPidMode(),
                new DockerSocketMounted(),
                new SecurityProfileDisabled(),
                new InternalServicePublished(),
                new NoNewPrivilegesMissing(),
                new ServiceCapabilitiesNotDropped(),
                new ServiceRunsAsRoot(),
                new LegacyNvidiaRuntime(),
                new GpuImageWithoutReservation(),
                new GpuServiceWithoutShm(),
                new ModelCacheWithoutVolume(),
                new ModelVolumeWritable(),
                new SecretInEnvironment(),
                new PasswordVariableWithoutFile(),
                new SecretFileWorldReadable(),
                new SecretInBuildArgs(),
                new SecretInCommand(),
                new HostCredentialsMounted(),
                new ReadOnlyWithoutTmpfs(),
                new StatefulDataNotPersisted(),
                new BindMountForServiceData(),
                new ServiceImageEndOfLife(),
                new ServiceImageEndOfLifeSoon(),
                new ServiceCudaImageEndOfLife(),
                new ServiceFrameworkEndOfLife(),
                new ServiceWithoutMetrics());
    }

    /** Dockerfile rules and the parser's diagnostic (DF). */
    private static List<Rule> dockerfile() {
        return List.of(
                new DockerfileSyntaxError(),
                new UntaggedImage(),
                new LatestTag(),
                new InexactImageTag(),
                new UntrustedRegistry(),
                new RootUser(),
                new SecretInArgOrEnv(),
                new SecretValueInDockerfile(),
                new MissingHealthcheck(),
                new AptGetUpdateAlone(),
                new AptListsKept(),
                new AptNoInstallRecommends(),
                new AptMissingYes(),
                new PipNoCacheDir(),
                new AddForLocalFiles(),
                new FloatingChannelTag(),
                new ImageNotPinnedByDigest(),
                new FullBaseImageInFinalStage(),
                new ToolchainImageInFinalStage(),
                new BuildToolsInFinalStage(),
                new PackageBuiltInFinalStage(),
                new CudaDevelImageInFinalStage(),
                new InexactCudaImageTag(),
                new CudaVersionMismatch(),
                new NvidiaVisibleDevicesAll(),
                new CpuWheelsOnCudaImage(),
                new ApkAddCache(),
                new YumCacheKept(),
                new DnfCacheKept(),
                new ZypperCacheKept(),
                new YumMissingYes(),
                new DnfMissingYes(),
                new ZypperMissingNonInteractive(),
                new ZypperDistUpgrade(),
                new SystemUpgradeInBuild(),
                new CondaCacheKept(),
                new NpmInstallInsteadOfCi(),
                new YarnCacheKept(),
                new ContextCopiedBeforeDependencies(),
                new ConsecutiveRuns(),
                new WgetWithoutProgress(),
                new CopiedArchiveExtracted(),
                new WholeContextWithoutDockerignore(),
                new CopyIgnoredFile(),
                new SudoInRun(),
                new UseraddLargeUid(),
                new UserNotCreated(),
                new RootUserInAnyStage(),
                new CredentialsInUrl(),
                new CredentialFileCopied(),
                new LoginCredentialOnCommandLine(),
                new NotebookWithoutAuth(),
                new NotebookAllowRoot(),
                new WorldWritablePermissions(),
                new InsecureRunSecurity(),
                new SshServerInImage(),
                new PointlessCommandInRun(),
                new PrivilegedToolInImage(),
                new PipExtraIndexUrl(),
                new PipInsecureIndex(),
                new PipUnpinnedPackage(),
                new NpmUnpinnedPackage(),
                new GemUnpinnedPackage(),
                new AptUnpinnedPackage(),
                new ApkUnpinnedPackage(),
                new RpmUnpinnedPackage(),
                new ZypperUnpinnedPackage(),
                new RemoteScriptExecuted(),
                new AddRemoteWithoutChecksum(),
                new PipRequirementsWithoutHashes(),
                new PickleModelCopied(),
                new ModelDownloadUnpinned(),
                new ModelDirNotWritable(),
                new HealthcheckToolMissing(),
                new HealthcheckShellFormWithoutShell(),
                new MultipleHealthchecks(),
                new HealthcheckWithoutStartPeriod(),
                new PythonOutputBuffered(),
                new BuildkitSyntaxWithoutDirective(),
                new StageNameCasing(),
                new FromAsCasing(),
                new InconsistentInstructionCasing(),
                new EmptyContinuationLine(),
                new DuplicateStageName(),
                new ReservedStageName(),
                new ShellFormCommand(),
                new MaintainerDeprecated(),
                new UndefinedArgInFrom(),
                new UndefinedVariable(),
                new RelativeWorkdir(),
                new MultipleCmd(),
                new MultipleEntrypoint(),
                new RedundantTargetPlatform(),
                new ConstantFromPlatform(),
                new InvalidDefaultArgInFrom(),
                new ExposeProtocolCasing(),
                new ExposeHostMapping(),
                new ExposeInvalidPort(),
                new CopyFromUnknownStage(),
                new CopyFromOwnStage(),
                new ExecFormFallback(),
                new LegacyKeyValueFormat(),
                new CdInsteadOfWorkdir(),
                new PipeWithoutPipefail(),
                new AptInsteadOfAptGet(),
                new ShellWithoutCommandFlag(),
                new CopySourcesToFileDestination(),
                new RelativeCopyWithoutWorkdir(),
                new EnvReferencesSameInstruction(),
                new WgetAndCurl(),
                new ShReplacedBySymlink(),
                new InvalidLabelKey(),
                new LabelKeyStyle(),
                new BaseImageEndOfLife(),
                new BaseImageEndOfLifeSoon(),
                new CudaImageEndOfLife(),
                new FrameworkEndOfLife(),
                new BuildInputNotCopied());
    }

    /** Kubernetes rules and the manifest diagnostic (KU). */
    private static List<Rule> kubernetes() {
        return List.of(
                new ManifestSyntaxError(),
                new MissingCpuRequest(),
                new MissingCpuLimit(),
                new MissingMemoryRequest(),
                new MissingMemoryLimit(),
                new NamespaceWithoutQuota(),
                new MissingReadinessProbe(),
                new MissingLivenessProbe(),
                new ProbePortNotDeclared(),
                new ModelServerWithoutStartupProbe(),
                new RunAsNonRootMissing(),
                new RunAsUserRoot(),
                new PrivilegedContainer(),
                new PrivilegeEscalationAllowed(),
                new ContainerCapabilitiesNotDropped(),
                new DangerousCapabilityAdded(),
                new HostNetwork(),
                new HostPid(),
                new HostIpc(),
                new HostPathVolume(),
                new RuntimeSocketMounted(),
                new ReadOnlyRootFilesystemMissing(),
                new SeccompProfileMissing(),
                new ServiceAccountTokenAutomounted(),
                new HostPort(),
                new SecretInEnvValue(),
                new SecretInArgs(),
                new SecretObjectCommitted(),
                new SecretAsEnvVar(),
                new ContainerImageUntagged(),
                new ContainerImageLatestTag(),
                new ContainerImageInexactTag(),
                new PullPolicyContradictsTag(),
                new ContainerImageNotPinnedByDigest(),
                new RwoVolumeSharedByReplicas(),
                new StatefulServiceAsDeployment(),
                new StatefulSetWithoutVolumeClaimTemplates(),
                new StatefulSetWithoutServiceName(),
                new HpaTargetWithoutRequests(),
                new SelectorMismatch(),
                new RemovedApiVersion(),
                new DuplicateEnvVar(),
                new GpuImageWithoutGpuLimit(),
                new GpuWithoutNodeSelection(),
                new GpuTrainingWithoutShm(),
                new GpuRequestWithoutLimit(),
                new ModelPathNotOnVolume(),
                new ServedModelVolumeWritable(),
                new EmptyDirWithoutSizeLimit(),
                new DanglingService(),
                new ContainerImageEndOfLife(),
                new ContainerImageEndOfLifeSoon(),
                new ContainerCudaImageEndOfLife(),
                new ContainerFrameworkEndOfLife(),
                new ContainerWithoutMetrics());
    }

    /** The rules with a Dockerfile check, sorted by code. */
    public static List<DockerfileRule> dockerfileRules() {
        List<DockerfileRule> rules = new ArrayList<>();
        for (Rule rule : dockerfile()) {
            if (rule instanceof DockerfileRule dockerfileRule) {
                rules.add(dockerfileRule);
            }
        }
        return List.copyOf(rules);
    }

    /** The diagnostics the engine raises itself (BW codes and the parsers' DF001, DC001, KU001). */
    public static List<EngineDiagnostic> engineDiagnostics() {
        List<EngineDiagnostic> diagnostics = new ArrayList<>();
        for (Rule rule : all()) {
            if (rule instanceof EngineDiagnostic diagnostic) {
                diagnostics.add(diagnostic);
            }
        }
        return List.copyOf(diagnostics);
    }

    /**
     * The rule with this code, name or alias (case-insensitive). An alias may be shared by several
     * rules; the first by code wins, so aliases are for suppression comments more than selection.
     */
    public static Optional<Rule> find(String codeNameOrAlias) {
        String key = codeNameOrAlias.toLowerCase(Locale.ROOT);
        for (Rule rule : all()) {
            if (matches(Rules.meta(rule), key)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(RuleMeta meta, String key) {
        if (meta.code().toLowerCase(Locale.ROOT).equals(key) || meta.name().equals(key)) {
            return true;
        }
        for (String alias : meta.aliases()) {
            if (alias.toLowerCase(Locale.ROOT).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
