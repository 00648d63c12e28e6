package dev.bulwark.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --help} text of a command: a usage line, the description, the positional words, the
 * options in declaration order and the subcommands, each with its description wrapped to fit an
 * 80-column terminal, then the footer.
 */
final class HelpFormatter {
    private static final int WIDTH = 80;
    /** Left column width cap: longer synopses put their description on the next line. */
    private static final int MAX_LEFT = 30;
    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    String format(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(usage(spec)).append('\n');
        wrap(spec.description(), "", out);
        PositionalSpec positionals = spec.positionals();
        if (positionals.max() > 0) {
            out.append('\n').append("Arguments:\n");
            table(List.of(new Row(positionals.synopsis(), positionals.description())), out);
        }
        out.append('\n').append("Options:\n");
        List<Row> options = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            options.add(new Row(synopsis(option), option.description()));
        }
        table(options, out);
        if (!spec.subcommands().isEmpty()) {
            out.append('\n').append("Commands:\n");
            List<Row> commands = new ArrayList<>();
            for (CommandSpec subcommand : spec.subcommands()) {
                commands.add(new Row(subcommand.word(), subcommand.description()));
            }
            table(commands, out);
        }
        if (!spec.footer().isEmpty()) {
            out.append('\n');
            for (String line : spec.footer()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String usage(CommandSpec spec) {
        StringBuilder usage = new StringBuilder("Usage: ").append(spec.name()).append(" [OPTIONS]");
        if (!spec.subcommands().isEmpty()) {
            usage.append(" COMMAND");
        } else if (spec.positionals().max() > 0) {
            usage.append(' ').append(spec.positionals().synopsis());
        }
        return usage.toString();
    }

    /** {@code -o, --output FILE}; long-only options line up with the long names of the others. */
    private static String synopsis(OptionSpec option) {
        List<String> names = option.names();
        String shown = names.size() > 1 ? String.join(", ", names) : "    " + names.get(0);
        return option.label().isEmpty() ? shown : shown + " " + option.label();
    }

    private static void table(List<Row> rows, StringBuilder out) {
        int left = 0;
        for (Row row : rows) {
            if (row.left().length() <= MAX_LEFT) {
                left = Math.max(left, row.left().length());
            }
        }
        String hanging = INDENT + " ".repeat(left) + GAP;
        for (Row row : rows) {
            if (row.left().length() > left) {
                out.append(INDENT).append(row.left()).append('\n');
                wrap(row.right(), hanging, out);
            } else {
                String first = INDENT + row.left() + " ".repeat(left - row.left().length()) + GAP;
                wrapAfter(first, row.right(), hanging, out);
            }
        }
    }

    private static void wrap(String text, String indent, StringBuilder out) {
        wrapAfter(indent, text, indent, out);
    }

    /** Greedy word wrap: {@code first} starts the first line, {@code indent} the others. */
    private static void wrapAfter(String first, String text, String indent, StringBuilder out) {
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** A line of a two-column table: what to type, what it does. */
    private record Row(String left, String right) {
    }
}
