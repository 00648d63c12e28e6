package dev.bulwark.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Corpus;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every repository of {@code ../shared/projects}, read through its {@code TREE.tsv} listing:
 * the project step finds contexts for every Dockerfile without a crash, and the kinds of the
 * contexts and the DI findings are printed so regressions show in the test log.
 */
class ContextProjectsTest {
    private static final RuleCatalog CATALOG = new RuleCatalog(BuiltinRules.all());

    @Test
    void everyProjectGetsContextsWithoutCrashes() throws Exception {
        Path projects = Corpus.shared().resolve("projects");
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        int repositories = 0;
        Settings settings = new ConfigLoader(CATALOG).apply(Settings.defaults(),
                SettingsOverride.none().withSelect(List.of("DI", "BW002")));
        try (Stream<Path> repos = Files.list(projects)) {
            for (Path repo : repos.filter(p -> Files.isRegularFile(p.resolve("TREE.tsv"))).sorted().toList()) {
                repositories++;
                List<Input> inputs = new Discovery(repo).discover(List.of("."), new ByteArrayInputStream(new byte[0]));
                AuditResult result = new Auditor(CATALOG, 2, new InputReader(), true).audit(inputs, settings);
                assertThat(result.internalError()).as("crash in %s: %s", repo, result.findings()).isFalse();
                result.buildContexts().forEach((k, v) -> kinds.merge(k, v, Integer::sum));
                for (Finding f : result.findings()) {
                    codes.merge(f.rule().code(), 1, Integer::sum);
                }
            }
        }
        System.out.println("[contexts] " + repositories + " repositories, builds by kind " + kinds
                + ", DI findings " + codes);
        assertThat(repositories).isGreaterThan(0);
        assertThat(kinds).containsKey("inferred").containsKey("compose");
    }
}
