package dev.bulwark.rules;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.dockerfile.AddForLocalFiles;
import dev.bulwark.rules.dockerfile.AddRemoteWithoutChecksum;
import dev.bulwark.rules.dockerfile.ApkUnpinnedPackage;
import dev.bulwark.rules.dockerfile.AptGetUpdateAlone;
import dev.bulwark.rules.dockerfile.AptListsKept;
import dev.bulwark.rules.dockerfile.AptMissingYes;
import dev.bulwark.rules.dockerfile.AptNoInstallRecommends;
import dev.bulwark.rules.dockerfile.AptUnpinnedPackage;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import dev.bulwark.rules.dockerfile.DockerfileSyntaxError;
import dev.bulwark.rules.dockerfile.GemUnpinnedPackage;
import dev.bulwark.rules.dockerfile.HealthcheckShellFormWithoutShell;
import dev.bulwark.rules.dockerfile.HealthcheckToolMissing;
import dev.bulwark.rules.dockerfile.HealthcheckWithoutStartPeriod;
import dev.bulwark.rules.dockerfile.InexactImageTag;
import dev.bulwark.rules.dockerfile.LatestTag;
import dev.bulwark.rules.dockerfile.MissingHealthcheck;
import dev.bulwark.rules.dockerfile.ModelDirNotWritable;
import dev.bulwark.rules.dockerfile.ModelDownloadUnpinned;
import dev.bulwark.rules.dockerfile.MultipleHealthchecks;
import dev.bulwark.rules.dockerfile.NpmUnpinnedPackage;
import dev.bulwark.rules.dockerfile.PickleModelCopied;
import dev.bulwark.rules.dockerfile.PipExtraIndexUrl;
import dev.bulwark.rules.dockerfile.PipInsecureIndex;
import dev.bulwark.rules.dockerfile.PipNoCacheDir;
import dev.bulwark.rules.dockerfile.PipRequirementsWithoutHashes;
import dev.bulwark.rules.dockerfile.PipUnpinnedPackage;
import dev.bulwark.rules.dockerfile.PythonOutputBuffered;
import dev.bulwark.rules.dockerfile.RemoteScriptExecuted;
import dev.bulwark.rules.dockerfile.RootUser;
import dev.bulwark.rules.dockerfile.RpmUnpinnedPackage;
import dev.bulwark.rules.dockerfile.SecretInArgOrEnv;
import dev.bulwark.rules.dockerfile.SecretValueInDockerfile;
import dev.bulwark.rules.dockerfile.UntaggedImage;
import dev.bulwark.rules.dockerfile.UntrustedRegistry;
import dev.bulwark.rules.dockerfile.ZypperUnpinnedPackage;
import dev.bulwark.rules.engine.RuleCrashed;
import dev.bulwark.rules.engine.UnknownRuleInSuppression;
import dev.bulwark.rules.engine.UnreadableFile;
import dev.bulwark.rules.engine.UnusedSuppression;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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
        return List.of(
                new UnreadableFile(),
                new RuleCrashed(),
                new UnusedSuppression(),
                new UnknownRuleInSuppression(),
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
                new PythonOutputBuffered());
    }

    /** The rules with a Dockerfile check, sorted by code. */
    public static List<DockerfileRule> dockerfileRules() {
        return all().stream().filter(r -> r instanceof DockerfileRule).map(r -> (DockerfileRule) r)
                .collect(Collectors.toUnmodifiableList());
    }

    /** The diagnostics the engine raises itself (BW codes and DF001), sorted by code. */
    public static List<EngineDiagnostic> engineDiagnostics() {
        return all().stream().filter(r -> r instanceof EngineDiagnostic).map(r -> (EngineDiagnostic) r)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The rule with this code, name or alias (case-insensitive). An alias may be shared by several
     * rules; the first by code wins, so aliases are for suppression comments more than selection.
     */
    public static Optional<Rule> find(String codeNameOrAlias) {
        String key = codeNameOrAlias.toLowerCase(Locale.ROOT);
        return all().stream().filter(r -> matches(Rules.meta(r), key)).findFirst();
    }

    private static boolean matches(RuleMeta meta, String key) {
        return meta.code().toLowerCase(Locale.ROOT).equals(key) || meta.name().equals(key)
                || meta.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key));
    }
}
