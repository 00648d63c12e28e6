package dev.bulwark.rules.project;

import dev.bulwark.compose.VolumeMount;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.project.Deployment;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.dockerfile.BuiltImage;
import java.util.Optional;

/**
 * A named or anonymous Compose volume mounted, writable, over a directory that the image's
 * Dockerfile creates as root ({@code mkdir} in a root RUN, a WORKDIR before USER) and never hands
 * to the non-root user the image runs as. Docker fills a new volume with the directory's content
 * and ownership, so the volume starts root-owned and the service cannot write its data there.
 * Bind mounts (owned by the host) and services that set their own {@code user} are not judged.
 */
@RuleInfo(code = "PJ006", name = "volume-over-root-owned-directory", practice = Practice.DATA_VOLUMES,
        severity = Severity.WARNING,
        summary = "A volume is mounted over a directory the image's non-root user cannot write.",
        fix = "Create the directory as the image's user, or `chown` it to that user in the Dockerfile, so the volume starts with that ownership.")
public final class VolumeOverRootOwnedDirectory implements ProjectRule {

    @Override
    public void check(ProjectCheck ctx, SpanSink sink) {
        for (ProjectCheck.Run run : ctx.runs(Practice.DATA_VOLUMES)) {
            if (!(run.deployment() instanceof Deployment.ComposeService c) || c.service().user().isPresent()
                    || !run.image().setsNonRootUser()) {
                continue;
            }
            BuiltImage image = run.image();
            for (VolumeMount m : c.service().volumes()) {
                if (!(m.isNamedVolume() || m.isAnonymous()) || m.readOnly() || m.isUnresolved()
                        || !m.target().startsWith("/")) {
                    continue;
                }
                Optional<TextRange> creator = image.rootOwnedDirectory(m.target());
                if (creator.isEmpty()) {
                    continue;
                }
                sink.report(m.targetSpan(), "the volume over `" + m.target() + "` starts root-owned: "
                        + ctx.dockerfileName() + " creates it as root (" + DockerfileSpans.line(ctx, creator.get())
                        + ") and runs as `" + image.user().get().user() + "`, so service `" + c.service().name()
                        + "` cannot write there", DockerfileSpans.related(ctx, creator.get(), "created by root here"));
            }
        }
    }
}
