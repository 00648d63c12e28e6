package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.UserSpec;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.NonRootImages;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The shipped image (final stage) runs as root: no USER in its stage chain, or a last USER of root. */
@RuleInfo(code = "DF006", name = "root-user", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING,
        summary = "The final stage runs as root.",
        fix = "Create an unprivileged user and switch to it with `USER` (a numeric UID such as `10001`).",
        autofix = FixApplicability.UNSAFE)
public final class RootUser implements DockerfileRule {
    private static final List<String> ROOT_REASONS = List.of("requires root", "require root", "needs root",
            "need root", "must run as root", "root is required", "root required", "root privileges", "sys_admin",
            "capabilit");
    // Programs that switch to another user before starting the real process.
    private static final Set<String> PRIVILEGE_DROPPERS = Set.of("gosu", "su-exec", "setpriv", "runuser");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        Stage stage = finalStage.get();
        ShippedImage image = ShippedImage.of(ctx.model());
        // A base image, toolbox or workbench runs what whoever starts or extends it chooses, and
        // Lambda runs functions as its own unprivileged user.
        if (!image.runsApplication() || image.platform().orElse(null) == ShippedImage.Platform.LAMBDA) {
            return;
        }
        Optional<UserSpec> user = stage.finalUser();
        if (user.isPresent()) {
            UserSpec spec = user.get();
            // An unresolvable USER ($APP_USER without a default) is assumed to be what its name says.
            // Root on purpose, with the reason right above (`# profiling needs CAP_SYS_ADMIN, which
            // Docker grants only to uid 0`): the decision is the owner's, stated where it is made.
            if (spec.fullyResolved() && spec.isRoot() && !StatedReasons.inComments(spec.instruction(), ROOT_REASONS)) {
                sink.report(spec.instruction().range(), "`USER " + spec.text() + "` leaves the final stage running as root");
            }
            return;
        }
        if (baseSetsNonRootUser(stage) || developmentEnvironment(stage) || dropsPrivileges(ctx, stage)) {
            return;
        }
        // An unnamed stage's display name is its index, which reads badly in a message.
        String which = stage.name().isPresent() ? "final stage `" + stage.name().get() + "`" : "the final stage";
        Optional<Fix> fix = sink.wantsFixes() ? CreatedUserFix.of(ctx, stage) : Optional.empty();
        if (fix.isPresent()) {
            sink.report(stage.from().range(), which + " has no USER and runs as root", fix.get());
        } else {
            sink.report(stage.from().range(), which + " has no USER and runs as root");
        }
    }

    // Images documented to run as a non-root user by default.
    private static boolean baseSetsNonRootUser(Stage stage) {
        return stage.rootBase() instanceof ImageBase base && base.ref() instanceof ImageName image
                && NonRootImages.isKnownNonRoot(image);
    }

    // Workspace images for development environments, not shipped: Gitpod's workspace images set
    // `USER gitpod`, and Dev Container images declare a non-root `remoteUser` in their metadata,
    // which the tooling runs the developer's processes as.
    private static boolean developmentEnvironment(Stage stage) {
        if (!(stage.rootBase() instanceof ImageBase base) || !(base.ref() instanceof ImageName image)) {
            return false;
        }
        return image.familiarName().startsWith("gitpod/workspace-")
                || image.name().startsWith("mcr.microsoft.com/devcontainers/")
                || image.name().startsWith("mcr.microsoft.com/vscode/devcontainers/");
    }

    private static boolean dropsPrivileges(DockerfileContext ctx, Stage stage) {
        StageChain chain = StageChain.of(stage);
        for (Instruction start : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.ofOriginal(ctx.model(), start)) {
                if (PRIVILEGE_DROPPERS.contains(inv.program())) {
                    return true;
                }
            }
        }
        return false;
    }
}
