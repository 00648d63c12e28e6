package dev.bulwark.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Corpus;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bulwark fix} over every Dockerfile, Compose file and Kubernetes manifest of the shared corpus, safe fixes only and then the
 * unsafe ones too, with the default selection: it converges, drops no fix for a syntax error it
 * would cause (none of the fixes should), leaves every file without a syntax problem it did not
 * have, takes no finding away that it did not fix and adds none, and a second run changes
 * nothing. Prints the numbers (files, fixes per rule, findings per rule before and after).
 */
class FixCorpusTest {
    /**
     * Rules whose findings a fix of another rule may remove: consecutive-runs judges only short
     * RUNs with the same flags, and a RUN that gained `&& rm -rf /var/lib/apt/lists/*` or a cache
     * mount, or a SHELL put between two RUNs, no longer qualifies.
     */
    private static final List<String> SIDE_EFFECTS = List.of("DF043");

    @ParameterizedTest(name = "unsafe fixes: {0}")
    @ValueSource(booleans = {false, true})
    void fixConvergesIsIdempotentAndRemovesOnlyWhatItFixed(boolean unsafe) throws IOException {
        List<Input> inputs = Corpus.ofKinds(List.of("dockerfile", "compose", "k8s"));
        List<Rule> rules = BuiltinRules.all();
        Fixer.Audits audits = reader -> new Auditor(rules, 2, reader);
        Settings settings = Settings.defaults();
        FixOutcome outcome = new Fixer(audits, new InputReader(), unsafe).fix(inputs, settings);

        assertThat(outcome.converged()).as("converged in " + outcome.rounds() + " rounds").isTrue();
        assertThat(outcome.dropped()).extracting(d -> d.finding().path() + ": " + d.reason()).isEmpty();
        for (Map.Entry<String, String> e : outcome.fixed().entrySet()) {
            assertThat(problems(e.getKey(), e.getValue())).as(e.getKey())
                    .isSubsetOf(problems(e.getKey(), outcome.originals().get(e.getKey())));
        }
        Map<String, Integer> before = countByRule(outcome.before());
        Map<String, Integer> after = countByRule(outcome.after());
        Map<String, Integer> applied = new TreeMap<>();
        for (Finding f : outcome.applied()) {
            applied.merge(f.rule().code(), 1, Integer::sum);
        }
        // Per file and rule: no new finding, the fixed ones gone, and no other one gone unless
        // it is a side effect explained in SIDE_EFFECTS.
        Map<String, Integer> beforeByFile = countByFileAndRule(outcome.before().findings());
        Map<String, Integer> afterByFile = countByFileAndRule(outcome.after().findings());
        Map<String, Integer> fixedByFile = countByFileAndRule(outcome.applied());
        Map<String, Integer> sideEffects = new TreeMap<>();
        for (Map.Entry<String, Integer> e : afterByFile.entrySet()) {
            assertThat(e.getValue()).as("findings of " + e.getKey()).isLessThanOrEqualTo(beforeByFile.getOrDefault(e.getKey(), 0));
        }
        for (Map.Entry<String, Integer> e : beforeByFile.entrySet()) {
            int expected = e.getValue() - fixedByFile.getOrDefault(e.getKey(), 0);
            int actual = afterByFile.getOrDefault(e.getKey(), 0);
            assertThat(actual).as("findings of " + e.getKey() + " after fixing").isLessThanOrEqualTo(expected);
            // One fix may repair several findings of its rule (a SHELL with pipefail, every piped RUN after it).
            if (actual < expected && !fixedByFile.containsKey(e.getKey())) {
                String code = e.getKey().substring(e.getKey().lastIndexOf(' ') + 1);
                assertThat(SIDE_EFFECTS).as("a finding of " + e.getKey() + " disappeared without being fixed")
                        .contains(code);
                sideEffects.merge(code, expected - actual, Integer::sum);
            }
        }

        FixOutcome second = SecondRun.after(outcome, audits, inputs, settings, unsafe);
        assertThat(second.fixed()).as("a second run changes nothing").isEmpty();

        System.out.println("[fix corpus] " + (unsafe ? "safe and unsafe" : "safe") + " fixes: " + inputs.size()
                + " Dockerfiles, Compose files and manifests, " + outcome.fixed().size() + " changed in " + outcome.rounds() + " rounds, "
                + outcome.applied().size() + " fixes applied, findings " + outcome.before().findings().size() + " -> "
                + outcome.after().findings().size());
        for (String code : before.keySet()) {
            if (applied.containsKey(code) || !before.get(code).equals(after.getOrDefault(code, 0))) {
                System.out.println("[fix corpus]   " + code + ": " + applied.getOrDefault(code, 0) + " fixed, "
                        + sideEffects.getOrDefault(code, 0) + " gone as a side effect, " + before.get(code) + " -> "
                        + after.getOrDefault(code, 0));
            }
        }
    }

    private static List<String> problems(String path, String text) {
        List<String> messages = new ArrayList<>();
        SourceText source = new SourceText(path, text);
        List<SyntaxProblem> problems = path.endsWith(".yml") || path.endsWith(".yaml")
                ? new YamlParser().parse(source).problems() : DockerfileParser.parse(source).problems();
        for (SyntaxProblem p : problems) {
            messages.add(p.message());
        }
        return messages;
    }

    private static Map<String, Integer> countByRule(AuditResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : result.findings()) {
            counts.merge(f.rule().code(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<String, Integer> countByFileAndRule(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.path() + " " + f.rule().code(), 1, Integer::sum);
        }
        return counts;
    }
}
