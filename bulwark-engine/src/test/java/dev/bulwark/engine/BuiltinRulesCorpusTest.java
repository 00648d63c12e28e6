package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Smoke test: the built-in rules over the whole Dockerfile corpus, every rule selected: no rule crashes, output independent of threads. */
class BuiltinRulesCorpusTest {

    @Test
    void everyRuleRunsOverTheCorpusWithoutCrashingAndDeterministically() throws IOException, ConfigException {
        List<Input> inputs = Corpus.dockerfiles();
        List<Rule> rules = BuiltinRules.all();
        Settings all = new ConfigLoader(rules).apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("all")));
        AuditResult four = new Auditor(rules, 4).audit(inputs, all);
        assertThat(four.findings()).filteredOn(f -> f.rule().code().equals("BW002")).extracting(Finding::message).isEmpty();
        assertThat(four.internalError()).isFalse();
        assertThat(four.filesChecked()).isEqualTo(inputs.size());
        assertThat(four.findings()).isNotEmpty();
        // Determinism with the real rules, on a slice to keep the suite fast (the full corpus is
        // compared across thread counts with the test rules in AuditorTest).
        List<Input> slice = inputs.subList(0, Math.min(60, inputs.size()));
        Set<String> paths = slice.stream().map(Input::path).collect(Collectors.toSet());
        AuditResult one = new Auditor(rules, 1).audit(slice, all);
        assertThat(one.findings()).isEqualTo(four.findings().stream().filter(f -> paths.contains(f.path())).toList());
    }
}
