package dev.bulwark.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compose fixes, YAML edited as text: obsolete-version (DC003), depends-on-without-health-condition
 * (DC011); and a project's files fixed together.
 */
class ComposeFixesTest {
    private static final List<Rule> RULES = BuiltinRules.all();

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("DC003", "version: \"3.8\"\n\nservices:\n  app:\n    image: nginx:1.27.3\n",
                        "services:\n  app:\n    image: nginx:1.27.3\n"),
                Arguments.of("DC003", "# the stack\r\nversion: '3'  # old\r\nservices:\r\n  app:\r\n    image: nginx:1.27.3\r\n",
                        "# the stack\r\nservices:\r\n  app:\r\n    image: nginx:1.27.3\r\n"),
                Arguments.of("DC003", "services:\n  app:\n    image: nginx:1.27.3\nversion: \"3.9\"", "services:\n  app:\n    image: nginx:1.27.3\n"),
                // A flow mapping puts more than the key on its line: reported, not fixed.
                Arguments.of("DC003", "{version: \"3\", services: {app: {image: nginx:1.27.3}}}\n",
                        "{version: \"3\", services: {app: {image: nginx:1.27.3}}}\n"),
                Arguments.of("DC011", services("    depends_on:\n      - db  \n      - cache\n"),
                        services("    depends_on:\n      db:\n        condition: service_healthy\n      cache:\n"
                                + "        condition: service_started\n")),
                Arguments.of("DC011", services("    depends_on: [db, cache]\n"),
                        services("    depends_on: {db: {condition: service_healthy}, cache: {condition: service_started}}\n")),
                Arguments.of("DC011", services("    depends_on:\n      db:\n        condition: service_started\n"),
                        services("    depends_on:\n      db:\n        condition: service_healthy\n")),
                // A comment between the entries would be lost: reported, not fixed.
                Arguments.of("DC011", services("    depends_on:\n      - db  # the database\n      - cache\n"),
                        services("    depends_on:\n      - db  # the database\n      - cache\n")));
    }

    private static String services(String dependsOn) {
        return "services:\n  api:\n    image: example/api:1.0.0\n" + dependsOn
                + "  db:\n    image: example/db:1.0.0\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n"
                + "  cache:\n    image: example/cache:1.0.0\n";
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theFixEditsOnlyWhatItMust(String code, String before, String after) throws IOException, ConfigException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, before);
        FixOutcome first = fix(code, List.of(Input.file("compose.yaml", file)));
        assertThat(first.before().findings()).extracting(f -> f.rule().code()).contains(code);
        assertThat(first.fixed().getOrDefault("compose.yaml", before)).isEqualTo(after);
        assertThat(first.dropped()).isEmpty();
        Files.writeString(file, after);
        assertThat(fix(code, List.of(Input.file("compose.yaml", file))).fixed()).as("a second run changes nothing").isEmpty();
    }

    /**
     * The override file is read as part of the main file's project as well as on its own: every
     * read must see its fixed text, or a finding from a stale read would be applied to the new text.
     */
    @Test
    void aProjectsFilesAreFixedTogetherAndConverge() throws IOException, ConfigException {
        Files.writeString(dir.resolve("compose.yaml"), "version: \"3.8\"\nservices:\n  app:\n    image: nginx:1.27.3\n");
        Files.writeString(dir.resolve("compose.override.yaml"), "version: \"3.8\"\nservices:\n  app:\n    ports: [\"127.0.0.1:8080:80\"]\n");
        List<Input> inputs = new ArrayList<>();
        for (String name : List.of("compose.yaml", "compose.override.yaml")) {
            inputs.add(Input.found(name, dir.resolve(name)));
        }
        FixOutcome outcome = fix("DC003", inputs);
        assertThat(outcome.converged()).isTrue();
        assertThat(outcome.fixed()).isEqualTo(Map.of(
                "compose.yaml", "services:\n  app:\n    image: nginx:1.27.3\n",
                "compose.override.yaml", "services:\n  app:\n    ports: [\"127.0.0.1:8080:80\"]\n"));
        assertThat(outcome.after().findings()).extracting(f -> f.rule().code()).doesNotContain("DC003");
    }

    private FixOutcome fix(String code, List<Input> inputs) throws ConfigException {
        Settings settings = new ConfigLoader(RULES).apply(Settings.defaults(),
                SettingsOverride.none().withSelect(List.of(code)));
        return new Fixer(reader -> new Auditor(RULES, 1, reader), new InputReader(), false).fix(inputs, settings);
    }
}
