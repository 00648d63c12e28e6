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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kubernetes fixes, YAML edited as text: privilege-escalation-allowed (KU014),
 * container-capabilities-not-dropped (KU015, unsafe) and service-account-token-automounted
 * (KU024, unsafe), with {@code --unsafe-fixes}.
 */
class KubernetesFixesTest {
    private static final List<Rule> RULES = BuiltinRules.all();
    private static final String HEAD = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n"
            + "  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n"
            + "    spec:\n      containers:\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                // No security context: a new block above the container's first key on its own line.
                Arguments.of("KU014", HEAD + "        - name: api\n          image: example/api:1.0.0  # pinned\n",
                        HEAD + "        - name: api\n          securityContext:\n            allowPrivilegeEscalation: false\n"
                                + "          image: example/api:1.0.0  # pinned\n"),
                // A security context without the setting: a line above its first key.
                Arguments.of("KU014", HEAD + "        - name: api\n          image: example/api:1.0.0\n          securityContext:\n"
                                + "            runAsNonRoot: true\n",
                        HEAD + "        - name: api\n          image: example/api:1.0.0\n          securityContext:\n"
                                + "            allowPrivilegeEscalation: false\n            runAsNonRoot: true\n"),
                // Written true: the value becomes false.
                Arguments.of("KU014", HEAD + "        - name: api\n          image: example/api:1.0.0\n          securityContext:\n"
                                + "            allowPrivilegeEscalation: true\n",
                        HEAD + "        - name: api\n          image: example/api:1.0.0\n          securityContext:\n"
                                + "            allowPrivilegeEscalation: false\n"),
                // A flow mapping is not edited.
                Arguments.of("KU014", HEAD + "        - {name: api, image: example/api:1.0.0}\n",
                        HEAD + "        - {name: api, image: example/api:1.0.0}\n"),
                // The pod spec gets the line above its first key; an explicit true becomes false.
                Arguments.of("KU024", HEAD + "        - name: api\n          image: example/api:1.0.0\n",
                        HEAD.replace("      containers:\n", "      automountServiceAccountToken: false\n      containers:\n")
                                + "        - name: api\n          image: example/api:1.0.0\n"),
                Arguments.of("KU024", HEAD.replace("      containers:\n", "      automountServiceAccountToken: true  # needed?\n      containers:\n")
                                + "        - name: api\n          image: example/api:1.0.0\n",
                        HEAD.replace("      containers:\n", "      automountServiceAccountToken: false  # needed?\n      containers:\n")
                                + "        - name: api\n          image: example/api:1.0.0\n"),
                // CRLF kept; a bare Pod's spec.
                Arguments.of("KU024", "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  containers:\r\n"
                                + "    - name: c\r\n      image: example/api:1.0.0\r\n",
                        "apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: p\r\nspec:\r\n  automountServiceAccountToken: false\r\n"
                                + "  containers:\r\n    - name: c\r\n      image: example/api:1.0.0\r\n"),
                Arguments.of("KU015", HEAD + "      - name: api\n        image: example/api:1.0.0\n",
                        HEAD + "      - name: api\n        securityContext:\n          capabilities: {drop: [\"ALL\"]}\n"
                                + "        image: example/api:1.0.0\n"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theSettingIsWrittenKeepingTheRestOfTheFile(String code, String before, String after)
            throws IOException, ConfigException {
        FixOutcome first = fix(code, before);
        assertThat(first.before().findings()).extracting(f -> f.rule().code()).contains(code);
        assertThat(first.fixed().getOrDefault("deployment.yaml", before)).isEqualTo(after);
        assertThat(first.dropped()).isEmpty();
        if (!after.equals(before)) {
            assertThat(first.after().findings()).extracting(f -> f.rule().code()).doesNotContain(code);
        }
        assertThat(fix(code, after).fixed()).as("a second run changes nothing").isEmpty();
    }

    private FixOutcome fix(String code, String text) throws IOException, ConfigException {
        Path file = dir.resolve("deployment.yaml");
        Files.writeString(file, text);
        Settings settings = new ConfigLoader(RULES).apply(Settings.defaults(),
                SettingsOverride.none().withSelect(List.of(code)));
        return new Fixer(reader -> new Auditor(RULES, 1, reader), new InputReader(), true)
                .fix(List.of(Input.file("deployment.yaml", file)), settings);
    }
}
