package dev.bulwark.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates documents against a JSON Schema file with the networknt validator. */
final class SchemaCheck {
    private final Schema schema;

    private SchemaCheck(Schema schema) {
        this.schema = schema;
    }

    static SchemaCheck load(Path schemaFile, SpecificationVersion version) {
        try {
            String text = Files.readString(schemaFile);
            return new SchemaCheck(SchemaRegistry.withDefaultDialect(version).getSchema(text, InputFormat.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation messages; empty when the document is valid. */
    List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
