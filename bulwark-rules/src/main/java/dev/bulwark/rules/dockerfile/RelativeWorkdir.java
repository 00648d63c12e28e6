package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/**
 * A relative WORKDIR with no earlier WORKDIR in the stage chain: it is joined to the base image's
 * working directory, which this file does not control (spec 1.8). A relative WORKDIR after an
 * absolute one is well defined and not reported.
 */
@RuleInfo(code = "DF096", name = "relative-workdir", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "The first WORKDIR of a stage is relative, so it depends on the base image's working directory.",
        fix = "Use an absolute path (`WORKDIR /app`).",
        aliases = {"DL3000", "WorkdirRelativePath"})
public final class RelativeWorkdir implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof WorkdirInstruction w) || stage.workdirAt(i).isPresent()) {
                    continue;
                }
                Expansion e = ctx.model().expand(i, w.value().text());
                String path = e.text();
                // An unknown variable may hold an absolute path; Windows paths are absolute too.
                if (!e.isOk() || !e.undefined().isEmpty() || path.isEmpty() || path.startsWith("/")
                        || path.startsWith("\\") || path.length() > 1 && path.charAt(1) == ':') {
                    continue;
                }
                sink.report(w.value().range(), "`WORKDIR " + w.value().text() + "` is relative");
            }
        }
    }
}
