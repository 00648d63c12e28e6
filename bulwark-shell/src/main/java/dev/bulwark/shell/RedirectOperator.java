package dev.bulwark.shell;

/** The redirection operators of POSIX sh plus the bash forms RUN scripts use. */
public enum RedirectOperator {
    INPUT("<"),
    OUTPUT(">"),
    APPEND(">>"),
    CLOBBER(">|"),
    READ_WRITE("<>"),
    DUPLICATE_INPUT("<&"),
    DUPLICATE_OUTPUT(">&"),
    /** Bash {@code &>}: stdout and stderr to a file. */
    OUTPUT_AND_ERROR("&>"),
    /** Bash {@code &>>}. */
    APPEND_OUTPUT_AND_ERROR("&>>"),
    /** Bash {@code <<<}. */
    HERE_STRING("<<<"),
    HEREDOC("<<"),
    /** {@code <<-}: leading tabs are stripped from the body and the terminator. */
    HEREDOC_STRIP_TABS("<<-");

    private final String text;

    RedirectOperator(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public boolean isHeredoc() {
        return this == HEREDOC || this == HEREDOC_STRIP_TABS;
    }

    /** Whether the operator reads into the command (default descriptor 0). */
    public boolean isInput() {
        return this == INPUT || this == READ_WRITE || this == DUPLICATE_INPUT || this == HERE_STRING || isHeredoc();
    }
}
