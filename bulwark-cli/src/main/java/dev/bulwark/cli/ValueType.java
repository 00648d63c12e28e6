package dev.bulwark.cli;

import dev.bulwark.engine.config.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an option's value must be. The parser checks values as it reads them, so every command
 * reports a bad value with the same wording and exit code.
 */
sealed interface ValueType {

    /** Why {@code value} is not acceptable for {@code option}; empty when it is. */
    Optional<String> problem(String option, String value);

    /** Any text: a path, a rule selector. */
    record Text() implements ValueType {
        @Override
        public Optional<String> problem(String option, String value) {
            return Optional.empty();
        }
    }

    /** One of a fixed set of lower-case words; the user's spelling is compared case-insensitively. */
    record OneOf(List<String> choices) implements ValueType {
        public OneOf {
            choices = List.copyOf(choices);
        }

        /**
         * The constants of an enum ({@code Format.values()}), lower-cased, in declaration order.
         * Given, not read from the class: {@code Class.getEnumConstants} is reflection, a cost at
         * every start.
         */
        static <E extends Enum<E>> OneOf of(E[] constants) {
            List<String> names = new ArrayList<>();
            for (E constant : constants) {
                names.add(constant.name().toLowerCase(Locale.ROOT));
            }
            return new OneOf(names);
        }

        @Override
        public Optional<String> problem(String option, String value) {
            if (choices.contains(value.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of("Invalid value for option '" + option + "': expected one of "
                    + String.join(", ", choices) + " but was '" + value + "'" + DidYouMean.hint(value, choices));
        }

        /** {@code text|json|sarif}: how help and error messages show the choices. */
        String label() {
            return String.join("|", choices);
        }
    }

    /**
     * {@code FORMAT} or {@code FORMAT:FILE}, the format one of {@code formats} (any case); the file,
     * when given, not empty.
     */
    record FormatTarget(List<String> formats) implements ValueType {
        public FormatTarget {
            formats = List.copyOf(formats);
        }

        @Override
        public Optional<String> problem(String option, String value) {
            int colon = value.indexOf(':');
            String format = colon < 0 ? value : value.substring(0, colon);
            if (colon >= 0 && colon == value.length() - 1) {
                return Optional.of("Invalid value for option '" + option + "': no file after '" + format + ":'");
            }
            return new OneOf(formats).problem(option, format);
        }

        /** {@code text|json|...}[:FILE] for help texts. */
        String label() {
            return String.join("|", formats) + "[:FILE]";
        }
    }

    /** A whole number no smaller than {@code min}. */
    record AtLeast(int min) implements ValueType {
        @Override
        public Optional<String> problem(String option, String value) {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return Optional.of("Invalid value for option '" + option + "': '" + value + "' is not a whole number");
            }
            return number < min ? Optional.of(option + " must be at least " + min + ", not " + number) : Optional.empty();
        }
    }
}
