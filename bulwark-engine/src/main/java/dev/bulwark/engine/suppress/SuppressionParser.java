package dev.bulwark.engine.suppress;

import dev.bulwark.core.Splits;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.config.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads suppression comments (ARCHITECTURE "Suppressions"):
 * <ul>
 * <li>{@code # bulwark-ignore: DF003,latest-tag -- reason} above an instruction,</li>
 * <li>{@code # bulwark-ignore-file: DF003 -- reason} anywhere,</li>
 * <li>{@code # hadolint ignore=DL3008,DL3009} above an instruction,
 *     {@code # hadolint stage ignore=DL3008} above a FROM (the whole stage) and
 *     {@code # hadolint global ignore=DL3008} anywhere, mapped through rule aliases; as in
 *     hadolint, blanks may surround {@code =} and the commas, and a {@code #} comment may follow.</li>
 * </ul>
 * Rules are separated by commas or blanks; everything after {@code --} is the reason.
 * hadolint IDs that no bulwark rule aliases are skipped: they are hadolint's business.
 */
public final class SuppressionParser {

    private final RuleCatalog catalog;

    public SuppressionParser(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** The suppressions in one comment of a file without stages (YAML): see {@link #parse(String, TextRange, TextRange, TextRange)}. */
    public List<Suppression> parse(String text, TextRange comment, TextRange scope) {
        return parse(text, comment, scope, TextRange.empty(scope.start()));
    }

    /**
     * The suppressions in one comment. {@code text} is the comment without {@code #}, trimmed;
     * {@code scope} is the instruction it is attached to, or an empty range if none;
     * {@code stageScope} the whole stage when that instruction is a FROM, else an empty range.
     */
    public List<Suppression> parse(String text, TextRange comment, TextRange scope, TextRange stageScope) {
        // Both forms start so: most comments are prose and fail this cheap test.
        if (!text.startsWith("bulwark-ignore") && !text.startsWith("hadolint")) {
            return List.of();
        }
        Optional<BulwarkIgnore> b = BulwarkIgnore.of(text);
        if (b.isPresent()) {
            boolean fileWide = b.get().fileWide();
            String list = b.get().list();
            int reason = list.indexOf("--");
            if (reason >= 0) {
                list = list.substring(0, reason);
            }
            List<Suppression> result = new ArrayList<>();
            for (String written : Splits.onRunsOf(list.trim(), "," + Splits.WHITESPACE)) {
                if (!written.isEmpty()) {
                    result.add(new Suppression(comment, scope, fileWide, Suppression.Origin.BULWARK, written,
                            bulwarkCodes(written)));
                }
            }
            if (result.isEmpty()) {
                result.add(new Suppression(comment, scope, fileWide, Suppression.Origin.BULWARK, "", List.of()));
            }
            return result;
        }
        Optional<HadolintIgnore> h = HadolintIgnore.of(text);
        if (h.isPresent()) {
            boolean fileWide = "global".equals(h.get().scope());
            TextRange where = "stage".equals(h.get().scope()) ? stageScope : scope;
            String list = h.get().list();
            int inlineComment = list.indexOf('#');
            if (inlineComment >= 0) {
                list = list.substring(0, inlineComment);
            }
            List<Suppression> result = new ArrayList<>();
            for (String part : list.split(",")) {
                String written = part.strip();
                List<String> codes = catalog.codesForAlias(written);
                if (!codes.isEmpty()) {
                    result.add(new Suppression(comment, where, fileWide, Suppression.Origin.HADOLINT, written, codes));
                }
            }
            return result;
        }
        return List.of();
    }

    /** The index after the {@code \\s*} that starts at {@code from}. */
    static int afterBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Splits.WHITESPACE.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private List<String> bulwarkCodes(String written) {
        Optional<String> code = catalog.code(written);
        return code.isPresent() ? List.of(code.get()) : catalog.codesForAlias(written);
    }
}
