package dev.bulwark.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.bulwark.core.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code bulwark rules --format json}: the rules' metadata as an indented JSON array. */
final class RulesJson {
    private RulesJson() {
    }

    static void write(List<RuleMeta> rules, Writer out) throws IOException {
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
                g.writeStringField("autofix", rule.autofix().id());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
    }
}
