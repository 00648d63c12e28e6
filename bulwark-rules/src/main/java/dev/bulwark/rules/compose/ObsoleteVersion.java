package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * The top-level {@code version} key. The Compose Specification made it obsolete: Compose ignores
 * it (and warns), picks no file format from it, and validates every file against the one current
 * schema. Each file that has one is reported once, at the key.
 */
@RuleInfo(code = "DC003", name = "obsolete-version", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "The top-level `version` key is obsolete: Compose ignores it.",
        fix = "Delete the `version` line; Compose always uses the current Compose Specification.",
        aliases = {"no-version-field"})
public final class ObsoleteVersion implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (ComposeEntry version : ctx.project().versionKeys()) {
            sink.report(version.keySpan(), "obsolete top-level `version`");
        }
    }
}
