package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.List;

/**
 * One piece of a {@link Word}: literal text, a quoted string or an expansion. Every part keeps the
 * text as written ({@link #raw()}) and its source range.
 */
public sealed interface WordPart {

    /** The part as written in the script (the logical text, after Dockerfile line joining). */
    String raw();

    /** Source range of the part. */
    TextRange range();

    /** Whether this part is, or contains, a parameter, command, arithmetic or process expansion. */
    boolean hasExpansion();

    /**
     * Literal text: unquoted text without backslashes, or the plain text inside double quotes or
     * a heredoc body (where a backslash before an ordinary character is kept, spec XCU 2.2.3).
     */
    record Literal(String text, TextRange range) implements WordPart {
        @Override
        public String raw() {
            return text;
        }

        @Override
        public boolean hasExpansion() {
            return false;
        }
    }

    /**
     * A backslash escape outside single quotes ({@code \x}): {@code value} is the escaped
     * character, or the backslash and character when the quoting context keeps the backslash.
     */
    record Escaped(String raw, String value, TextRange range) implements WordPart {
        @Override
        public boolean hasExpansion() {
            return false;
        }
    }

    /** {@code '...'}: {@code value} is the text between the quotes. */
    record SingleQuoted(String raw, String value, TextRange range) implements WordPart {
        @Override
        public boolean hasExpansion() {
            return false;
        }
    }

    /** {@code "..."} (or bash {@code $"..."}), with the literal, escape and expansion parts inside. */
    record DoubleQuoted(String raw, List<WordPart> parts, TextRange range) implements WordPart {
        public DoubleQuoted {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean hasExpansion() {
            return Word.anyExpansion(parts);
        }
    }

    /** Bash/ksh {@code $'...'}: {@code value} has the C escapes decoded. */
    record AnsiCQuoted(String raw, String value, TextRange range) implements WordPart {
        @Override
        public boolean hasExpansion() {
            return false;
        }
    }

    /**
     * {@code $name}, {@code $1}, {@code $@}, {@code ${name}}, {@code ${name<op><argument>}}.
     *
     * @param prefix   {@code "#"} for the length form {@code ${#x}}, {@code "!"} for indirection
     *                 {@code ${!x}}, otherwise empty
     * @param name     the parameter name, with a subscript when present ({@code a[0]})
     * @param operator the operator ({@code :-}, {@code -}, {@code :=}, {@code :?}, {@code :+},
     *                 {@code #}, {@code ##}, {@code %}, {@code %%}, {@code /}, {@code //},
     *                 {@code /#}, {@code /%}, {@code ^}, {@code ^^}, {@code ,}, {@code ,,},
     *                 {@code :} for substrings, {@code @} for transformations), or empty
     * @param argument the word after the operator, as parts (empty when there is none)
     * @param braced   whether written with braces
     */
    record ParameterExpansion(String raw, TextRange range, String prefix, String name, String operator,
                              List<WordPart> argument, boolean braced) implements WordPart {
        public ParameterExpansion {
            argument = List.copyOf(argument);
        }

        @Override
        public boolean hasExpansion() {
            return true;
        }
    }

    /** {@code $(...)} or a backquoted command; its commands are parsed into {@code body}. */
    record CommandSubstitution(String raw, TextRange range, CommandList body, boolean backquoted)
            implements WordPart {
        @Override
        public boolean hasExpansion() {
            return true;
        }
    }

    /** {@code $((...))}: the expression text between the parentheses, with any expansions in it. */
    record ArithmeticExpansion(String raw, TextRange range, String expression, List<WordPart> parts)
            implements WordPart {
        public ArithmeticExpansion {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean hasExpansion() {
            return true;
        }
    }

    /** Bash {@code <(...)} or {@code >(...)}; {@code direction} is {@code '<'} or {@code '>'}. */
    record ProcessSubstitution(String raw, TextRange range, char direction, CommandList body)
            implements WordPart {
        @Override
        public boolean hasExpansion() {
            return true;
        }
    }
}
