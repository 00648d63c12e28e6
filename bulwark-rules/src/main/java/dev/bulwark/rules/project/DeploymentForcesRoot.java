package dev.bulwark.rules.project;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.model.UserSpec;
import dev.bulwark.project.Deployment;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * A Compose {@code user: root} ({@code 0}, {@code 0:0}) or a Kubernetes {@code runAsUser: 0} on an
 * image whose Dockerfile made it run as a non-root user: the deployment undoes the image's
 * hardening, and files the image's user owns are now written by root. Usually a leftover from
 * debugging a permission error, which the image's user should be given the right to instead.
 */
@RuleInfo(code = "PJ003", name = "deployment-forces-root", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING,
        summary = "A Compose service or Kubernetes container forces root on an image whose Dockerfile sets a non-root USER.",
        fix = "Drop the root `user`/`runAsUser: 0` and give the image's user the permissions it lacks (a volume's ownership, `fsGroup`).")
public final class DeploymentForcesRoot implements ProjectRule {

    @Override
    public void check(ProjectCheck ctx, SpanSink sink) {
        for (ProjectCheck.Run run : ctx.runs(Practice.NON_ROOT_USER)) {
            Deployment d = run.deployment();
            Optional<Span> root = Deployments.forcesRoot(d);
            if (!run.image().setsNonRootUser() || root.isEmpty()) {
                continue;
            }
            UserSpec user = run.image().user().get();
            TextRange at = user.instruction().range();
            sink.report(root.get(), Deployments.describe(d) + " runs as root, though " + ctx.dockerfileName()
                    + " makes its image run as `" + user.user() + "` (" + DockerfileSpans.line(ctx, at) + ")",
                    DockerfileSpans.related(ctx, at, "the image's user"));
        }
    }
}
