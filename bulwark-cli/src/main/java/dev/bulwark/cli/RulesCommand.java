package dev.bulwark.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rules;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark rules}: every built-in rule with its metadata, as a table or as JSON. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the built-in rules.")
final class RulesCommand implements Callable<Integer> {

    enum Format {
        TABLE,
        JSON
    }

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private Format format;

    private final Invocation invocation;

    RulesCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws IOException {
        List<RuleMeta> rules = BuiltinRules.all().stream().map(Rules::meta).collect(Collectors.toList());
        Writer out = new OutputStreamWriter(invocation.out(), StandardCharsets.UTF_8);
        if (format == Format.JSON) {
            writeJson(rules, out);
        } else {
            writeTable(rules, out);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static void writeTable(List<RuleMeta> rules, Writer out) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("CODE", "NAME", "SEVERITY", "PRACTICE", "DEFAULT", "SUMMARY"));
        for (RuleMeta rule : rules) {
            rows.add(List.of(rule.code(), rule.name(), rule.severity().id(), rule.practice().id(),
                    rule.enabledByDefault() ? "on" : "off", rule.summary()));
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

    private static void writeJson(List<RuleMeta> rules, Writer out) throws IOException {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartArray();
            for (RuleMeta rule : rules) {
                g.writeStartObject();
                g.writeStringField("code", rule.code());
                g.writeStringField("name", rule.name());
                g.writeStringField("practice", rule.practice().id());
                g.writeStringField("severity", rule.severity().id());
                g.writeBooleanField("enabledByDefault", rule.enabledByDefault());
                g.writeArrayFieldStart("aliases");
                for (String alias : rule.aliases()) {
                    g.writeString(alias);
                }
                g.writeEndArray();
                g.writeStringField("summary", rule.summary());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
    }
}
