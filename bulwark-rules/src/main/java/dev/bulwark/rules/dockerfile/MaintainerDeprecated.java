package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.MaintainerInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** The deprecated MAINTAINER instruction (spec 1.8). */
@RuleInfo(code = "DF093", name = "maintainer-deprecated", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "MAINTAINER is deprecated.",
        fix = "Use `LABEL org.opencontainers.image.authors=\"...\"` instead.",
        aliases = {"DL4000", "MaintainerDeprecated"}, autofix = FixApplicability.SAFE)
public final class MaintainerDeprecated implements DockerfileRule {

    /** The same text as a label: {@code MAINTAINER Jane <j@x.org>} is {@code LABEL maintainer="Jane <j@x.org>"}. */
    private static void report(MaintainerInstruction m, FindingSink sink) {
        String value = m.value().text().trim();
        if (value.isEmpty() || m.value().text().indexOf('\n') >= 0) {
            sink.report(m.keywordRange(), "`MAINTAINER` is deprecated");
            return;
        }
        boolean quoted = value.length() > 1 && value.startsWith("\"") && value.endsWith("\"");
        String label = FixTexts.likeCase("LABEL", m.keywordText()) + " maintainer="
                + (quoted ? value : FixTexts.quoted(value));
        sink.report(m.keywordRange(), "`MAINTAINER` is deprecated", Fix.safe("use LABEL maintainer",
                TextEdit.replace(m.keywordRange().cover(m.value().range()), label)));
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (i instanceof MaintainerInstruction m) {
                report(m, sink);
            }
        }
    }
}
