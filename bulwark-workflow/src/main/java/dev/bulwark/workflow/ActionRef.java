package dev.bulwark.workflow;

import dev.bulwark.core.TextRange;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code uses:} of a GitHub Actions step or job: {@code owner/repo[/path]@ref}, a local
 * action {@code ./path}, or a container {@code docker://image[:tag|@digest]}.
 *
 * @param raw   the value as written
 * @param range where the value is
 * @param kind  which of the three forms
 * @param name  {@code owner/repo[/path]} lowercased, the local path, or the image
 * @param ref   the part after {@code @} (a tag, branch or commit), empty when none
 */
public record ActionRef(String raw, TextRange range, Kind kind, String name, String ref) {

    public enum Kind { REPOSITORY, LOCAL, DOCKER }

    public ActionRef {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ref, "ref");
    }

    static ActionRef parse(String raw, TextRange range) {
        String v = raw.strip();
        if (v.startsWith("./") || v.startsWith(".\\")) {
            return new ActionRef(raw, range, Kind.LOCAL, v, "");
        }
        if (v.startsWith("docker://")) {
            String image = v.substring("docker://".length());
            int at = image.indexOf('@');
            return new ActionRef(raw, range, Kind.DOCKER, at < 0 ? image : image.substring(0, at),
                    at < 0 ? "" : image.substring(at + 1));
        }
        int at = v.lastIndexOf('@');
        String name = at < 0 ? v : v.substring(0, at);
        return new ActionRef(raw, range, Kind.REPOSITORY, name.toLowerCase(Locale.ROOT),
                at < 0 ? "" : v.substring(at + 1));
    }

    /** {@code owner/repo}, without a sub-path: {@code github/codeql-action/init} gives {@code github/codeql-action}. */
    /** The name as the workflow writes it ({@code PyO3/maturin-action}), for messages. */
    public String writtenName() {
        String v = raw.strip();
        int at = v.indexOf('@');
        return at < 0 ? v : v.substring(0, at);
    }

    public String repository() {
        int first = name.indexOf('/');
        int second = first < 0 ? -1 : name.indexOf('/', first + 1);
        return second < 0 ? name : name.substring(0, second);
    }

    /** The owner of a repository action, lowercased. */
    public String owner() {
        int first = name.indexOf('/');
        return first < 0 ? name : name.substring(0, first);
    }

    /** Whether this is the repository action {@code action} ({@code owner/repo[/path]}), whatever the ref. */
    public boolean is(String action) {
        return kind == Kind.REPOSITORY && name.equals(action);
    }

    /** A full 40-hex commit SHA (or a 64-hex SHA-256 object name). */
    public boolean pinnedToCommit() {
        return (ref.length() == 40 || ref.length() == 64) && isHex(ref);
    }

    /** A container action pinned by digest. */
    public boolean pinnedToDigest() {
        return ref.startsWith("sha256:") && ref.length() == 71 && isHex(ref.substring(7));
    }

    /** Whether the ref is an expression ({@code ${{ inputs.version }}}): its value is not known. */
    public boolean refIsExpression() {
        return raw.contains("${{");
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
