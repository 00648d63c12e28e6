package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * {@code ENV KEY value} or {@code LABEL key value}: the legacy form takes the whole rest of the
 * line as the value, so {@code ENV A 1 B=2} sets A to {@code 1 B=2} (spec 1.6).
 */
@RuleInfo(code = "DF108", name = "legacy-key-value-format", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "ENV or LABEL uses the legacy `key value` form instead of `key=value`.",
        fix = "Write `ENV KEY=value` (quote values with spaces).",
        aliases = {"LegacyKeyValueFormat"}, autofix = FixApplicability.SAFE)
public final class LegacyKeyValueFormat implements DockerfileRule {

    private static void report(String text, Instruction i, KeyValue pair, FindingSink sink) {
        String message = "`" + i.keyword() + " " + pair.key() + "` in legacy `key value` form";
        TextRange between = TextRange.of(pair.keyRange().end(), pair.valueRange().start());
        String value = pair.valueRange().textOf(text);
        if (value.startsWith("=") && blank(between.textOf(text))) {
            reportSpacedEquals(i, pair, value, sink);
            return;
        }
        Optional<String> word = word(value);
        if (pair.valueRange().isEmpty() || !blank(between.textOf(text)) || word.isEmpty()) {
            sink.report(pair.keyRange(), message);
            return;
        }
        sink.report(pair.keyRange(), message, Fix.safe("write `" + pair.key() + "=...`",
                TextEdit.replace(TextRange.of(between.start(), pair.valueRange().end()), "=" + word.get())));
    }

    /**
     * {@code LABEL version = "1.0"}: the blanks around {@code =} make it the legacy form, whose
     * value is the rest of the line, equals sign and quotes included. Rewriting it as
     * {@code version="1.0"} changes the value to the one meant, hence an unsafe fix.
     */
    private static void reportSpacedEquals(Instruction i, KeyValue pair, String value, FindingSink sink) {
        String meant = value.substring(1).strip();
        String message = "`" + i.keyword() + " " + pair.key() + " = ...`: with blanks around `=` this is the legacy"
                + " `key value` form, so the value is `" + value + "`, equals sign included";
        if (meant.isEmpty() || meant.indexOf('\n') >= 0 || meant.indexOf('\r') >= 0) {
            sink.report(pair.keyRange(), message);
            return;
        }
        sink.report(pair.keyRange(), message, Fix.unsafe("write `" + pair.key() + "=" + meant + "`",
                TextEdit.replace(TextRange.of(pair.keyRange().end(), pair.valueRange().end()), "=" + meant)));
    }

    /** The legacy value as one word: as it is, or double-quoted when it has blanks and nothing to escape. */
    private static Optional<String> word(String value) {
        boolean blanks = false;
        boolean quoting = false;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '\n' || c == '\r') {
                return Optional.empty();
            }
            blanks |= c == ' ' || c == '\t';
            quoting |= c == '"' || c == '\'' || c == '\\';
        }
        if (!blanks) {
            return Optional.of(value);
        }
        return quoting ? Optional.empty() : Optional.of('"' + value + '"');
    }

    private static boolean blank(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\t') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            List<KeyValue> pairs = i instanceof EnvInstruction e ? e.pairs()
                    : i instanceof LabelInstruction l ? l.pairs() : List.of();
            for (KeyValue pair : pairs) {
                if (pair.legacyForm()) {
                    report(ctx.source().text(), i, pair, sink);
                }
            }
        }
    }
}
