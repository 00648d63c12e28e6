package dev.bulwark.cli;

import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rules;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code bulwark rules}: every built-in rule with its metadata, as a table or as JSON. The JSON
 * writer lives in {@link RulesJson} so that loading this class (every run loads it for its
 * {@link #SPEC}) loads no Jackson class.
 */
final class RulesCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("bulwark rules", "List the built-in rules.", PositionalSpec.none(),
            StandardOptions.plus(OptionSpec.choice(Format.values(), "Output format (default: table).", "--format")));

    enum Format {
        TABLE,
        JSON
    }

    private final Invocation invocation;
    private final Format format;

    RulesCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.format = args.choice("--format", Format.values()).orElse(Format.TABLE);
    }

    @Override
    public int call() throws IOException {
        List<RuleMeta> rules = BuiltinRules.all().stream().map(Rules::meta).collect(Collectors.toList());
        Writer out = new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8);
        if (format == Format.JSON) {
            RulesJson.write(rules, out);
        } else {
            writeTable(rules, out);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void writeTable(List<RuleMeta> rules, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CODE", "NAME", "SEVERITY", "PRACTICE", "DEFAULT", "FIX", "SUMMARY"));
        for (RuleMeta rule : rules) {
            rows.add(List.of(rule.code(), rule.name(), rule.severity().id(), rule.practice().id(),
                    rule.enabledByDefault() ? "on" : "off", rule.autofix() == FixApplicability.NONE ? "-"
                            : rule.autofix().id(), rule.summary()));
        }
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(row.get(c));
                if (c < row.size() - 1) {
                    line.append(" ".repeat(widths[c] - row.get(c).length() + 2));
                }
            }
            out.write(line.toString().stripTrailing());
            out.write('\n');
        }
    }
}
