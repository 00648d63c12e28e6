package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.UnknownInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Instruction keywords whose casing differs from the file's majority (BuildKit's
 * {@code ConsistentInstructionCasing}); mixed-case keywords ({@code Run}) always differ.
 */
@RuleInfo(code = "DF088", name = "inconsistent-instruction-casing", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "An instruction keyword is cased differently from the rest of the file.",
        fix = "Write every instruction keyword in upper case (the convention) or every one in lower case.",
        aliases = {"ConsistentInstructionCasing"}, autofix = FixApplicability.SAFE)
public final class InconsistentInstructionCasing implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        // Unknown keywords are syntax errors (DF001), not a casing matter.
        List<Instruction> known = new ArrayList<>();
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof UnknownInstruction)) {
                known.add(i);
            }
        }
        int upper = 0;
        int lower = 0;
        for (Instruction i : known) {
            if (isUpper(i.keywordText())) {
                upper++;
            } else if (isLower(i.keywordText())) {
                lower++;
            }
        }
        boolean wantUpper = upper >= lower;
        for (Instruction i : known) {
            String k = i.keywordText();
            if (wantUpper ? !isUpper(k) : !isLower(k)) {
                String cased = wantUpper ? k.toUpperCase(Locale.ROOT) : k.toLowerCase(Locale.ROOT);
                sink.report(i.keywordRange(), "`" + k + "` is not " + (wantUpper ? "upper" : "lower")
                        + " case like the other instructions", Fix.safe("write `" + cased + "`",
                        TextEdit.replace(i.keywordRange(), cased)));
            }
        }
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static boolean isLower(String s) {
        return s.equals(s.toLowerCase(Locale.ROOT));
    }
}
