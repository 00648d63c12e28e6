package dev.bulwark.engine.config;

/**
 * Invalid configuration: a bad {@code .bulwark.yaml} or bad selection options on the command line.
 * Carries where (file, 1-based line and column; line 0 when there is no position) so the CLI can
 * print {@code path:line:column: message} and exit 2.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String detail;

    public ConfigException(String source, int line, int column, String detail) {
        super(format(source, line, column, detail));
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The config file path as shown to the user, or {@code command line}. */
    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }

    private static String format(String source, int line, int column, String detail) {
        return line > 0 ? source + ":" + line + ":" + column + ": " + detail : source + ": " + detail;
    }
}
