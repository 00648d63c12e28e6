package dev.bulwark.dockerfile;

import java.util.Optional;

/** Validation of the {@code check} directive value ({@code linter.ParseLintOptions}, spec 1.2). */
final class CheckDirective {

    private CheckDirective() {
    }

    /** The error message if BuildKit would reject the value. */
    static Optional<String> validate(String value) {
        int space = value.indexOf(' ');
        String opts = space < 0 ? value : value.substring(0, space);
        String[] parts = opts.split(";", 3);
        for (String part : parts) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return Optional.of("invalid check option \"" + part + "\"");
            }
            String key = part.substring(0, eq).trim();
            String v = part.substring(eq + 1).trim();
            switch (key) {
                case "skip", "experimental" -> {
                }
                case "error" -> {
                    if (GoBool.parse(v).isEmpty()) {
                        return Optional.of("failed to parse check option \"" + part + "\": invalid boolean");
                    }
                }
                default -> {
                    return Optional.of("invalid check option \"" + part + "\"");
                }
            }
        }
        return Optional.empty();
    }
}
