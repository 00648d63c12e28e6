package dev.bulwark.cli;

import dev.bulwark.engine.config.DidYouMean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one command's arguments against its {@link CommandSpec}, GNU style: {@code --opt value},
 * {@code --opt=value}, {@code -o value} and {@code -ovalue}; options and positional words in any
 * order; {@code --} ends the options; a lone {@code -} is a positional word (standard input).
 * The first problem ends parsing; {@code --help} and {@code --version} end it too, before the
 * positional words are counted, so {@code bulwark explain --help} needs no rule.
 */
final class ArgumentParser {
    private static final String END_OF_OPTIONS = "--";

    private final CommandSpec spec;

    ArgumentParser(CommandSpec spec) {
        this.spec = spec;
    }

    ParseOutcome parse(List<String> args) {
        // A plain loop, not new ArrayDeque<>(args): that one goes through a method reference, and
        // the first lambda of a run costs milliseconds that --version need not pay.
        Deque<String> rest = new ArrayDeque<>(args.size());
        for (String arg : args) {
            rest.addLast(arg);
        }
        Map<String, List<String>> options = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        while (!rest.isEmpty()) {
            String arg = rest.removeFirst();
            if (!optionsEnded && arg.equals(END_OF_OPTIONS)) {
                optionsEnded = true;
            } else if (optionsEnded || !looksLikeOption(arg)) {
                positionals.add(arg);
                if (!spec.subcommands().isEmpty()) {
                    // The subcommand's own parser reads everything after its name.
                    positionals.addAll(rest);
                    break;
                }
            } else {
                Optional<ParseOutcome> stop = option(arg, rest, options);
                if (stop.isPresent()) {
                    return stop.get();
                }
            }
        }
        Optional<ParseOutcome> wrongCount = count(positionals);
        return wrongCount.isPresent() ? wrongCount.get() : new ParsedArgs(options, positionals);
    }

    /** Reads one option (and its value from {@code rest} when not attached); a non-empty result ends parsing. */
    private Optional<ParseOutcome> option(String arg, Deque<String> rest, Map<String, List<String>> options) {
        OptionWord word = OptionWord.split(arg);
        Optional<OptionSpec> found = spec.option(word.name());
        if (found.isEmpty()) {
            return error("Unknown option: '" + word.name() + "'" + suggestion(word));
        }
        OptionSpec option = found.get();
        if (!option.takesValue() && word.attached().isPresent()) {
            // One option per word: -hV is not -h -V, and a flag takes no value.
            return error(word.isLong() ? "Option '" + word.name() + "' takes no value" : "Unknown option: '" + arg + "'");
        }
        return switch (option.kind()) {
            case HELP -> Optional.of(InfoRequest.HELP);
            case VERSION -> Optional.of(InfoRequest.VERSION);
            case FLAG -> {
                options.putIfAbsent(option.name(), new ArrayList<>());
                yield Optional.empty();
            }
            case VALUE, LIST, REPEATED -> value(option, word, rest, options);
        };
    }

    private Optional<ParseOutcome> value(OptionSpec option, OptionWord word, Deque<String> rest,
            Map<String, List<String>> options) {
        Optional<String> value = word.attached();
        if (value.isEmpty() && !rest.isEmpty() && !isOptionName(rest.peekFirst())) {
            value = Optional.of(rest.removeFirst());
        }
        if (value.isEmpty()) {
            return error("Missing value for option '" + word.name() + "' (" + option.label() + ")");
        }
        List<String> values = options.get(option.name());
        if (values == null) {
            values = new ArrayList<>();
            options.put(option.name(), values);
        }
        if (option.kind() == OptionSpec.Kind.VALUE && !values.isEmpty()) {
            return error("Option '" + option.name() + "' should be given only once");
        }
        List<String> items = option.kind() == OptionSpec.Kind.LIST ? split(value.get()) : List.of(value.get());
        for (String item : items) {
            Optional<String> problem = option.type().problem(word.name(), item);
            if (problem.isPresent()) {
                return error(problem.get());
            }
            values.add(item);
        }
        return Optional.empty();
    }

    /** Too few or too many positional words. */
    private Optional<ParseOutcome> count(List<String> positionals) {
        if (!spec.subcommands().isEmpty()) {
            return Optional.empty();
        }
        PositionalSpec expected = spec.positionals();
        if (positionals.size() < expected.min()) {
            return error("Missing required parameter: '" + expected.label() + "'");
        }
        if (positionals.size() > expected.max()) {
            return error("Unexpected argument: '" + positionals.get(expected.max()) + "'");
        }
        return Optional.empty();
    }

    /**
     * A word that cannot be a value because it is an option of this command or looks like a long
     * one ({@code --format --color} is a missing value, not the format "--color"); other words
     * starting with a dash are values ({@code --threads -1} is then reported as too small).
     */
    private boolean isOptionName(String arg) {
        return arg.startsWith("--") || spec.option(OptionWord.split(arg).name()).isPresent();
    }

    /** A "did you mean" for a mistyped long option; short ones are too short to guess from. */
    private String suggestion(OptionWord word) {
        if (!word.isLong()) {
            return "";
        }
        List<String> known = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            known.add(option.name());
        }
        return DidYouMean.hint(word.name(), known);
    }

    /** {@code a,b,,c} gives a, b, c: an empty item (a trailing comma) selects nothing. */
    private static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static boolean looksLikeOption(String arg) {
        return arg.length() > 1 && arg.startsWith("-");
    }

    private Optional<ParseOutcome> error(String message) {
        return Optional.of(new UsageError(message, spec.name()));
    }

    /** An option word cut into its name and the value written into the same word, if any. */
    private record OptionWord(String name, Optional<String> attached) {

        /**
         * {@code --format=json}, {@code -ofile}, {@code -o=file} (the form earlier help texts
         * showed), {@code --debug}.
         */
        static OptionWord split(String arg) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                return eq < 0 ? new OptionWord(arg, Optional.empty())
                        : new OptionWord(arg.substring(0, eq), Optional.of(arg.substring(eq + 1)));
            }
            if (arg.length() <= 2) {
                return new OptionWord(arg, Optional.empty());
            }
            String attached = arg.substring(2);
            return new OptionWord(arg.substring(0, 2), Optional.of(attached.startsWith("=") ? attached.substring(1) : attached));
        }

        boolean isLong() {
            return name.startsWith("--");
        }
    }
}
