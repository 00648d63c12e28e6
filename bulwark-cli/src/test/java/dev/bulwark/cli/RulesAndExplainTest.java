package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark rules}, {@code bulwark explain}, {@code --version}, {@code --help}. */
class RulesAndExplainTest {
    @TempDir
    Path dir;

    private static List<RuleMeta> metas() {
        return BuiltinRules.all().stream().map(Rules::meta).collect(Collectors.toList());
    }

    @Test
    void rulesTableListsEveryRuleOnItsOwnLine() {
        Cli.Run run = Cli.run(dir, "rules");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        List<String> lines = run.out().lines().collect(Collectors.toList());
        assertThat(lines.get(0)).startsWith("CODE").contains("NAME", "SEVERITY", "PRACTICE", "DEFAULT", "FIX", "SUMMARY");
        List<RuleMeta> metas = metas();
        assertThat(lines).hasSize(metas.size() + 1);
        for (int i = 0; i < metas.size(); i++) {
            RuleMeta m = metas.get(i);
            assertThat(lines.get(i + 1)).startsWith(m.code() + "  ").contains(m.name(), m.practice().id(), m.summary(),
                    m.autofix() == FixApplicability.NONE ? "  -  " : "  " + m.autofix().id() + "  ");
        }
    }

    @Test
    void rulesJsonCarriesTheMetadataFields() throws IOException {
        Cli.Run run = Cli.run(dir, "rules", "--format", "json");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        List<Map<String, Object>> rules = parseArrayOfObjects(run.out());
        List<RuleMeta> metas = metas();
        assertThat(rules).hasSize(metas.size());
        for (int i = 0; i < metas.size(); i++) {
            RuleMeta m = metas.get(i);
            Map<String, Object> r = rules.get(i);
            assertThat(r.keySet()).containsExactly("code", "name", "practice", "severity", "enabledByDefault",
                    "aliases", "summary", "autofix");
            assertThat(r).containsEntry("code", m.code()).containsEntry("name", m.name())
                    .containsEntry("practice", m.practice().id()).containsEntry("severity", m.severity().id())
                    .containsEntry("enabledByDefault", m.enabledByDefault()).containsEntry("aliases", m.aliases())
                    .containsEntry("summary", m.summary()).containsEntry("autofix", m.autofix().id());
        }
    }

    @Test
    void explainByCodeAndByNameShowTheSameDoc() {
        Cli.Run byCode = Cli.run(dir, "explain", "DF003");
        Cli.Run byName = Cli.run(dir, "explain", "latest-tag");
        assertThat(byCode.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(byName.out()).isEqualTo(byCode.out());
        assertThat(byCode.out()).startsWith("DF003 latest-tag\n")
                .contains("What it flags", "Why it matters", "Bad:\n    FROM", "Good:\n    FROM", "Fix")
                .doesNotContain("```").doesNotContain("\u001B[");
    }

    @Test
    void everyRuleCanBeExplained() {
        for (RuleMeta m : metas()) {
            Cli.Run run = Cli.run(dir, "explain", m.code().toLowerCase(java.util.Locale.ROOT));
            assertThat(run.exit()).as(m.code()).isEqualTo(ExitCodes.CLEAN);
            assertThat(run.out()).as(m.code()).startsWith(m.code() + " " + m.name() + "\n").contains(m.summary());
        }
    }

    @Test
    void unknownRuleIsAUsageErrorWithDidYouMean() {
        Cli.Run run = Cli.run(dir, "explain", "latest-tga");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("bulwark: unknown rule `latest-tga`; did you mean `latest-tag`?\n");
        Cli.Run far = Cli.run(dir, "explain", "no-such-thing-at-all");
        assertThat(far.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(far.err()).contains("`bulwark rules` lists them");
    }

    @Test
    void versionAndHelp() {
        Cli.Run version = Cli.run(dir, "--version");
        assertThat(version.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(version.out()).isEqualTo("bulwark " + VersionProvider.version() + "\n");
        assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        Cli.Run help = Cli.run(dir, "--help");
        assertThat(help.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(help.out()).contains("check", "rules", "explain", "Exit codes");
        assertThat(Cli.run(dir, "check", "--help").out()).contains("--fail-on", "--select", "--threads", "--color");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run(dir);
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing a command").contains("Try 'bulwark --help'");
        Cli.Run typo = Cli.run(dir, "chek", ".");
        assertThat(typo.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("'chek'").contains("check");
        assertThat(Cli.run(dir, "--debug", "rules").exit()).isEqualTo(ExitCodes.CLEAN);
    }

    private static List<Map<String, Object>> parseArrayOfObjects(String json) throws IOException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, Object> object = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_ARRAY) {
                        List<String> items = new ArrayList<>();
                        while (p.nextToken() == JsonToken.VALUE_STRING) {
                            items.add(p.getText());
                        }
                        object.put(name, items);
                    } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        object.put(name, p.getBooleanValue());
                    } else {
                        object.put(name, p.getText());
                    }
                }
                result.add(object);
            }
            assertThat(p.nextToken()).isNull();
        }
        return result;
    }
}
