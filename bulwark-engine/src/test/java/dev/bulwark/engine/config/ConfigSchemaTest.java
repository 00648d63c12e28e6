package dev.bulwark.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.ObjectMapper;

/**
 * The checked-in schema of {@code .bulwark.yaml} is the one {@link ConfigSchema} generates, and it
 * agrees with the reader: what the reader accepts validates, what it rejects does not.
 * With {@code -Dbulwark.writeDocs=true} the test first rewrites the file, as the rule docs are.
 */
class ConfigSchemaTest {
    static final String FILE = "docs/bulwark-config.schema.json";
    private static final RuleCatalog CATALOG = RuleCatalog.builtin();

    private static Path root() {
        String root = System.getProperty("bulwark.root");
        return root != null && !root.isBlank() ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    @Test
    void the_checked_in_schema_is_generated() throws IOException {
        Path file = root().resolve(FILE);
        String generated = new ConfigSchema(CATALOG).json();
        if (Boolean.getBoolean("bulwark.writeDocs")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(FILE + " is stale: run `mvn -q -B -ntp -pl bulwark-engine -am test -Dtest=ConfigSchemaTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dbulwark.writeDocs=true` from the project root")
                .isEqualTo(generated);
    }

    @Test
    void every_key_the_reader_accepts_is_in_the_schema() {
        String schema = new ConfigSchema(CATALOG).json();
        for (String key : ConfigReader.TOP_KEYS) {
            assertThat(schema).contains("\"" + key + "\": {");
        }
        for (String key : ConfigReader.OVERRIDE_KEYS) {
            assertThat(schema).contains("\"" + key + "\": {");
        }
    }

    @Test
    void the_readme_example_is_valid_for_both() throws Exception {
        String readme = Files.readString(root().resolve("README.md"));
        int start = readme.indexOf("```yaml\n# .bulwark.yaml\n");
        assertThat(start).isPositive();
        String example = readme.substring(start + "```yaml\n".length(), readme.indexOf("```\n", start + 8));
        assertValid(example);
    }

    @Test
    void options_severities_selectors_and_setups_agree_with_the_reader() throws Exception {
        assertValid("""
                select: [DF, base-image-pinning, latest-tag, DF003, kU01]
                ignore:
                severity: {root-user: info, DF003: error}
                fail-on: none
                trusted-registries: [docker.io]
                rules:
                  unused-suppression:
                    report-foreign-pragmas: true
                  DF003:
                overrides:
                  - paths: ["tools/**"]
                    setup: development
                    select: [all]
                images:
                  ghcr.io/acme/api: services/api/Dockerfile
                """);
        for (String invalid : List.of(
                "colour: true\n",
                "severity: {DF003: loud}\n",
                "severity: {DF999: error}\n",
                "fail-on: style\n",
                "select: [no-such-rule]\n",
                "rules: {unused-suppression: {report-foreign-pragmas: yes-please}}\n",
                "rules: {unused-suppression: {no-such-option: 1}}\n",
                "overrides: [{ignore: [DF003]}]\n",
                "overrides: [{paths: [a], setup: staging}]\n")) {
            assertInvalid(invalid);
        }
    }

    private static void assertValid(String yaml) throws Exception {
        new ConfigLoader(CATALOG).parse(new SourceText(".bulwark.yaml", yaml), Path.of(""));
        assertThat(errors(yaml)).as(yaml).isEmpty();
    }

    private static void assertInvalid(String yaml) {
        assertThatThrownBy(() -> new ConfigLoader(CATALOG).parse(new SourceText(".bulwark.yaml", yaml), Path.of("")))
                .as(yaml).isInstanceOf(ConfigException.class);
        assertThat(errors(yaml)).as(yaml).isNotEmpty();
    }

    private static List<String> errors(String yaml) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(new ConfigSchema(CATALOG).json(), InputFormat.JSON);
        Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        String json = new ObjectMapper().writeValueAsString(document);
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
