package dev.bulwark.engine.suppress;

import java.util.Optional;

/**
 * A bulwark suppression comment, {@code bulwark-ignore(-file)?\s*:(.*)} (dot matching everything),
 * matched by hand: a comment must not cost a cold start a regex compilation.
 *
 * @param fileWide whether it is {@code bulwark-ignore-file}
 * @param list     everything after {@code :}
 */
record BulwarkIgnore(boolean fileWide, String list) {
    private static final String PREFIX = "bulwark-ignore";
    private static final String FILE = "-file";

    static Optional<BulwarkIgnore> of(String text) {
        if (!text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        boolean fileWide = text.startsWith(FILE, PREFIX.length());
        int colon = SuppressionParser.afterBlanks(text, PREFIX.length() + (fileWide ? FILE.length() : 0));
        if (colon >= text.length() || text.charAt(colon) != ':') {
            return Optional.empty();
        }
        return Optional.of(new BulwarkIgnore(fileWide, text.substring(colon + 1)));
    }
}
