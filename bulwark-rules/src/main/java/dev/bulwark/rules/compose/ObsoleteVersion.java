package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/**
 * The top-level {@code version} key. The Compose Specification made it obsolete: Compose ignores
 * it (and warns), picks no file format from it, and validates every file against the one current
 * schema. Each file that has one is reported once, at the key.
 */
@RuleInfo(code = "DC003", name = "obsolete-version", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "The top-level `version` key is obsolete: Compose ignores it.",
        fix = "Delete the `version` line; Compose always uses the current Compose Specification.",
        aliases = {"no-version-field"}, autofix = FixApplicability.SAFE)
public final class ObsoleteVersion implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (ComposeEntry version : ctx.project().versionKeys()) {
            Optional<TextRange> lines = lines(version);
            if (lines.isPresent()) {
                sink.report(version.keySpan(), "obsolete top-level `version`", Fix.safe("delete the `version` line",
                        TextEdit.delete(lines.get())));
            } else {
                sink.report(version.keySpan(), "obsolete top-level `version`");
            }
        }
    }

    /**
     * The lines that hold the key and its value, when nothing else is on them but a comment after
     * the value: from the key at the start of its line to past the value's line. At the top of the
     * file the blank lines after it go too, so the file does not start blank.
     */
    private static Optional<TextRange> lines(ComposeEntry version) {
        String text = version.keySpan().source().text();
        int start = version.keySpan().range().start();
        if (start > 0 && text.charAt(start - 1) != '\n'
                || !version.value().span().source().path().equals(version.keySpan().source().path())) {
            return Optional.empty();
        }
        // The value right after the key on its line (not an alias of an anchor elsewhere).
        TextRange value = version.value().span().range();
        int keyEnd = version.keySpan().range().end();
        if (value.start() < keyEnd || text.substring(keyEnd, value.end()).indexOf('\n') >= 0) {
            return Optional.empty();
        }
        int valueEnd = value.end();
        int lineEnd = text.indexOf('\n', valueEnd);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
        String rest = text.substring(valueEnd, lineEnd).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            return Optional.empty();
        }
        int end = lineEnd;
        while (start == 0 && end < text.length()) {
            int next = text.indexOf('\n', end);
            if (next < 0 || !text.substring(end, next).isBlank()) {
                break;
            }
            end = next + 1;
        }
        return Optional.of(TextRange.of(start, end));
    }
}
