package dev.bulwark.dockerfile.syntax;

/** What a lexical token of a Dockerfile is. Together the tokens tile the file (spec 1.1). */
public enum TokenKind {
    /** The byte-order mark U+FEFF at the very start of the file (spec 1.1). */
    BOM,
    /** A whole parser-directive line without its newline (spec 1.2). */
    DIRECTIVE,
    /** A whole comment line without its newline, also inside a continuation (spec 1.3, 1.4). */
    COMMENT,
    /** Spaces, tabs and other blanks between tokens, blank lines' content. */
    WHITESPACE,
    /** {@code \n} or {@code \r\n}. */
    NEWLINE,
    /** The instruction keyword, also the trigger keyword after {@code ONBUILD}. */
    KEYWORD,
    /** A {@code --name[=value]} word before the arguments (spec 1.5). */
    FLAG,
    /** Argument text: a word, a JSON array, or a whole raw string. */
    ARGUMENT,
    /** The escape character ending a line, with the blanks after it (spec 1.4). */
    CONTINUATION,
    /** A heredoc marker word such as {@code <<-EOF} (spec 1.7). */
    HEREDOC_MARKER,
    /** One physical line of a heredoc body, without its newline (the body text keeps it). */
    HEREDOC_BODY,
    /** The line ending a heredoc, without its newline. */
    HEREDOC_TERMINATOR
}
