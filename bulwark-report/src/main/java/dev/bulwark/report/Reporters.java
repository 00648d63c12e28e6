package dev.bulwark.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats by name. */
public final class Reporters {
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "html", "junit", "gitlab", "github", "checkstyle");

    private Reporters() {
    }

    /** The accepted format names, default first. */
    public static List<String> formats() {
        return FORMATS;
    }

    /**
     * The reporter for a format name (case-insensitive). {@code color} only affects the text
     * format; the caller decides it (a TTY and no {@code NO_COLOR}).
     */
    public static Optional<Reporter> forFormat(String format, boolean color) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(new TextReporter(color));
            case "json" -> Optional.of(new JsonReporter());
            case "sarif" -> Optional.of(new SarifReporter());
            case "html" -> Optional.of(new HtmlReporter());
            case "junit" -> Optional.of(new JunitReporter());
            case "gitlab" -> Optional.of(new GitlabCodeQualityReporter());
            case "github" -> Optional.of(new GithubAnnotationsReporter());
            case "checkstyle" -> Optional.of(new CheckstyleReporter());
            default -> Optional.empty();
        };
    }

    /** The reporter for a format name, without colour. */
    public static Optional<Reporter> forFormat(String format) {
        return forFormat(format, false);
    }
}
