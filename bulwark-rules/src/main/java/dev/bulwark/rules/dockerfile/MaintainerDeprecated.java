package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.MaintainerInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** The deprecated MAINTAINER instruction (spec 1.8). */
@RuleInfo(code = "DF093", name = "maintainer-deprecated", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "MAINTAINER is deprecated.",
        fix = "Use `LABEL org.opencontainers.image.authors=\"...\"` instead.",
        aliases = {"DL4000", "MaintainerDeprecated"})
public final class MaintainerDeprecated implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (i instanceof MaintainerInstruction) {
                sink.report(i.keywordRange(), "`MAINTAINER` is deprecated");
            }
        }
    }
}
