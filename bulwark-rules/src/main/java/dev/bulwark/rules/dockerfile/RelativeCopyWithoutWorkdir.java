package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/**
 * COPY or ADD to a relative destination in a stage (chain) that never set WORKDIR: the files land
 * relative to whatever working directory the base image has, often {@code /} (spec 1.8).
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
            if (!d.isAbsolute() && d.stage().workdirAt(d.instruction()).isEmpty()) {
                sink.report(d.written().range(), "`" + d.path() + "` is relative and no WORKDIR is set");
            }
        }
    }
}
