package dev.bulwark.dockerfile.expand;

import java.util.Map;

/**
 * BuildKit's builder-side variable substitution (spec 1.9, {@code shell/lex.go}): {@code $name},
 * {@code ${name}} with the {@code -}, {@code +}, {@code ?}, {@code #}, {@code %} and {@code /}
 * modifiers, quote removal and the Dockerfile escape character. It never throws on bad input:
 * errors come back as {@link ExpansionProblem}s. Immutable and safe to share.
 */
public final class VariableExpander {
    private final char escape;
    private final boolean rawQuotes;
    private final boolean rawEscapes;

    private VariableExpander(char escape, boolean rawQuotes, boolean rawEscapes) {
        if (escape != '\\' && escape != '`') {
            // spec 1.2: the escape directive accepts exactly ` or \
            throw new IllegalArgumentException("escape must be \\ or `, got " + escape);
        }
        this.escape = escape;
        this.rawQuotes = rawQuotes;
        this.rawEscapes = rawEscapes;
    }

    /** The expander for a file with the given escape character ({@code \} or backtick). */
    public static VariableExpander withEscape(char escape) {
        return new VariableExpander(escape, false, false);
    }

    /** The expander for the default escape character {@code \}. */
    public static VariableExpander standard() {
        return withEscape('\\');
    }

    /**
     * The same expander keeping quotes and escape characters in the result, as BuildKit does for
     * heredoc bodies of COPY/ADD (spec 1.7: expanded "without quote removal").
     */
    public VariableExpander keepingQuotesAndEscapes() {
        return new VariableExpander(escape, true, true);
    }

    public char escape() {
        return escape;
    }

    public Expansion expand(String word, VariableLookup env) {
        return new WordLexer(word, env, escape, rawQuotes, rawEscapes).run();
    }

    public Expansion expand(String word, Map<String, String> env) {
        return expand(word, VariableLookup.of(env));
    }
}
