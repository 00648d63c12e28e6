package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.ScratchBase;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/**
 * COPY or ADD to a relative destination in a stage (chain) that never set WORKDIR: the files land
 * relative to whatever working directory the base image has, often {@code /} (spec 1.8). Stages
 * built on {@code scratch} inherit no working directory, so theirs is always {@code /}.
 */
@RuleInfo(code = "DF115", name = "relative-copy-without-workdir", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "COPY or ADD targets a relative path, but no WORKDIR was set in the stage.",
        fix = "Set `WORKDIR /app` first, or copy to an absolute path.",
        aliases = {"DL3045"})
public final class RelativeCopyWithoutWorkdir implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (CopyDestinations.CopyDestination d : CopyDestinations.of(ctx.model())) {
            // An image built on `scratch` has no configuration to inherit: its working directory is
            // `/` unless this file sets one, so the destination does not depend on a base image.
            if (!d.isAbsolute() && d.stage().workdirAt(d.instruction()).isEmpty()
                    && !(d.stage().rootBase() instanceof ScratchBase)) {
                sink.report(d.written().range(), "`" + d.path() + "` is relative and no WORKDIR is set");
            }
        }
    }
}
