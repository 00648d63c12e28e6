package dev.bulwark.dockerfile;

import java.util.Optional;

/** Go's {@code strconv.ParseBool}. */
final class GoBool {

    private GoBool() {
    }

    static Optional<Boolean> parse(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
