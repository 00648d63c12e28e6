package dev.bulwark.report;

import dev.bulwark.core.Severity;

/** ANSI styles for the text report, or none at all: the caller decides (TTY, {@code NO_COLOR}). */
final class Palette {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String BOLD_UNDERLINE = "\u001b[1;4m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String BLUE = "\u001b[1;34m";
    private static final String GREEN = "\u001b[1;32m";

    private final boolean enabled;

    Palette(boolean enabled) {
        this.enabled = enabled;
    }

    String header(String s) {
        return paint(BOLD_UNDERLINE, s);
    }

    String bold(String s) {
        return paint(BOLD, s);
    }

    String gutter(String s) {
        return paint(BLUE, s);
    }

    String help(String s) {
        return paint(CYAN, s);
    }

    String success(String s) {
        return paint(GREEN, s);
    }

    String severity(Severity severity, String s) {
        return paint(switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        }, s);
    }

    private String paint(String style, String s) {
        return enabled && !s.isEmpty() ? style + s + RESET : s;
    }
}
