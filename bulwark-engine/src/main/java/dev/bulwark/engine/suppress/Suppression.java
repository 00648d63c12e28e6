package dev.bulwark.engine.suppress;

import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * One rule named in a suppression comment. {@code scope} is the instruction the comment sits
 * above (findings starting in it are suppressed); {@code fileWide} suppresses in the whole file.
 * {@code codes} are the rules {@code written} resolved to: one for a code or name, possibly
 * several for an alias, none when unknown.
 */
public record Suppression(
        TextRange comment,
        TextRange scope,
        boolean fileWide,
        Origin origin,
        String written,
        List<String> codes) {

    public Suppression {
        codes = List.copyOf(codes);
    }

    public enum Origin {
        /** {@code # bulwark-ignore: ...} and {@code # bulwark-ignore-file: ...}. */
        BULWARK,
        /** {@code # hadolint ignore=...} and {@code # hadolint global ignore=...}, mapped by alias. */
        HADOLINT
    }

    public boolean covers(String code, int offset) {
        return codes.contains(code) && (fileWide || scope.contains(offset));
    }
}
