package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;

/** {@code FROM x as y} or {@code from x AS y}: the AS keyword is cased unlike its FROM. */
@RuleInfo(code = "DF087", name = "from-as-casing", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "The `AS` keyword of a FROM is cased differently from the `FROM` keyword.",
        fix = "Write `AS` in the same case as `FROM` (`FROM image AS name`).",
        aliases = {"FromAsCasing"}, autofix = FixApplicability.SAFE)
public final class FromAsCasing implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        String text = ctx.source().text();
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof FromInstruction from) || from.asKeywordRange().isEmpty()) {
                continue;
            }
            TextRange asRange = from.asKeywordRange().get();
            String as = text.substring(asRange.start(), asRange.end());
            String keyword = from.keywordText();
            boolean fromUpper = keyword.equals(keyword.toUpperCase(Locale.ROOT));
            boolean fromLower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
            // A mixed-case FROM is the business of inconsistent-instruction-casing.
            if (fromUpper && !as.equals("AS") || fromLower && !as.equals("as")) {
                String cased = fromUpper ? "AS" : "as";
                sink.report(asRange, "`" + as + "` does not match the casing of `" + keyword + "`",
                        Fix.safe("write `" + cased + "`", TextEdit.replace(asRange, cased)));
            }
        }
    }
}
