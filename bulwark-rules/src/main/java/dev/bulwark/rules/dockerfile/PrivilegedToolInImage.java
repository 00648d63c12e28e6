package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import java.util.Optional;
import java.util.Set;

/**
 * The shipped image contains tools that only work in a {@code --privileged} container: a
 * Docker/containerd daemon (docker-in-docker) or a start command that enters host namespaces
 * ({@code nsenter}). Running them forces the deployment to grant the container the host.
 */
@RuleInfo(code = "DF063", name = "privileged-tool-in-image", practice = Practice.SECURITY,
        severity = Severity.INFO,
        summary = "The image bakes in a container daemon or namespace tool that needs `--privileged`.",
        fix = "Build images outside the container (BuildKit, kaniko, buildah rootless) or talk to a remote daemon instead.")
public final class PrivilegedToolInImage implements DockerfileRule {
    // Packages that ship a container daemon (the client-only `docker-ce-cli` is not one).
    private static final Set<String> DAEMON_PACKAGES = Set.of("docker-ce", "docker.io", "docker-engine",
            "moby-engine", "docker");
    private static final Set<String> DOCKER_DAEMON_PROGRAMS = Set.of("apk", "dnf", "yum", "microdnf");
    private static final Set<String> PRIVILEGED_PROGRAMS = Set.of("dockerd", "containerd", "nsenter");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        Stage stage = finalStage.get();
        if (stage.rootBase() instanceof ImageBase base && base.ref() instanceof ImageName image
                && image.familiarName().equals("docker") && image.tag().orElse("").contains("dind")) {
            sink.report(stage.from().range(), "`" + image.familiar() + "` runs a Docker daemon");
            return;
        }
        StageChain chain = StageChain.of(stage);
        for (Instruction instruction : chain.instructions()) {
            if (instruction instanceof RunInstruction run) {
                for (PackageManagerCommand install : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                    for (Package p : install.installedPackages()) {
                        // `docker` is the daemon package on Alpine and Fedora, not on Debian.
                        boolean daemon = DAEMON_PACKAGES.contains(p.name()) && (!p.name().equals("docker")
                                || DOCKER_DAEMON_PROGRAMS.contains(install.program()));
                        if (daemon) {
                            sink.report(p.word().range(), "`" + p.name() + "` installs a Docker daemon");
                        }
                    }
                }
            }
        }
        for (Instruction start : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.of(ctx.model(), start)) {
                if (PRIVILEGED_PROGRAMS.contains(inv.program())) {
                    sink.report(inv.range(), "`" + inv.program() + "` needs a privileged container");
                }
            }
        }
    }
}
