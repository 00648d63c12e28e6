package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;

/**
 * {@code ENV KEY value} or {@code LABEL key value}: the legacy form takes the whole rest of the
 * line as the value, so {@code ENV A 1 B=2} sets A to {@code 1 B=2} (spec 1.6).
 */
@RuleInfo(code = "DF108", name = "legacy-key-value-format", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "ENV or LABEL uses the legacy `key value` form instead of `key=value`.",
        fix = "Write `ENV KEY=value` (quote values with spaces).",
        aliases = {"LegacyKeyValueFormat"})
public final class LegacyKeyValueFormat implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            List<KeyValue> pairs = i instanceof EnvInstruction e ? e.pairs()
                    : i instanceof LabelInstruction l ? l.pairs() : List.of();
            for (KeyValue pair : pairs) {
                if (pair.legacyForm()) {
                    sink.report(pair.keyRange(), "`" + i.keyword() + " " + pair.key() + "` in legacy `key value` form");
                }
            }
        }
    }
}
