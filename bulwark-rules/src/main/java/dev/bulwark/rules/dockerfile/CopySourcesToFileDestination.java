package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/**
 * COPY or ADD of several sources to a destination without a trailing {@code /}: Docker fails the
 * build, as the destination must be a directory (spec 1.8). {@code .} and {@code ..} count as
 * directories, as in BuildKit.
 */
@RuleInfo(code = "DF114", name = "copy-sources-to-file-destination", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "COPY or ADD has several sources but its destination does not end with `/`.",
        fix = "End the destination with `/` (`COPY a.txt b.txt /app/`).",
        aliases = {"DL3021"})
public final class CopySourcesToFileDestination implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (CopyDestinations.CopyDestination d : CopyDestinations.of(ctx.model())) {
            String p = d.path();
            if (d.sourceCount() > 1 && !p.endsWith("/") && !p.endsWith("\\") && !p.equals(".") && !p.equals("..")
                    && !p.endsWith("/.")) {
                sink.report(d.written().range(), d.sourceCount() + " sources to `" + p + "`, which does not end with `/`");
            }
        }
    }
}
