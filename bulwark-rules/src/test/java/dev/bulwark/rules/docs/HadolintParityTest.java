package dev.bulwark.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.Rules;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every hadolint DL check of the authoritative list is followed by a registered rule (one that
 * declares it as an alias) or deliberately not followed with a reason.
 */
class HadolintParityTest {

    @Test
    void everyHadolintCheckIsAccountedFor() {
        List<String> gaps = HadolintParity.of(BuiltinRules.all()).stream()
                .filter(e -> !e.accountedFor()).map(HadolintParity.Entry::code).toList();
        assertThat(gaps).as("hadolint checks with no aliasing rule and no not-followed reason").isEmpty();
    }

    @Test
    void listsAreConsistent() {
        List<String> all = HadolintParity.codes("hadolint-rules.tsv");
        assertThat(all).doesNotHaveDuplicates().contains("DL3000", "DL4006");
        assertThat(all).containsAll(HadolintParity.codes("hadolint-not-followed.tsv"));
        for (HadolintParity.Entry e : HadolintParity.of(BuiltinRules.all())) {
            assertThat(e.notFollowed().isPresent() && !e.rules().isEmpty())
                    .as("%s is followed by %s, so it cannot be in the not-followed list", e.code(), e.rules()).isFalse();
            assertThat(e.notFollowed().orElse("x")).as("reason of %s", e.code()).isNotBlank();
        }
    }

    @Test
    void everyDeliberateDifferenceIsExplainedOnTheRulePage() {
        Map<String, Rule> byCode = BuiltinRules.all().stream().collect(Collectors.toMap(r -> Rules.meta(r).code(), r -> r));
        assertThat(HadolintParity.differences()).isNotEmpty();
        for (HadolintParity.Difference d : HadolintParity.differences()) {
            Rule rule = byCode.get(d.rule());
            assertThat(rule).as("rule %s of the %s difference", d.rule(), d.code()).isNotNull();
            assertThat(Rules.meta(rule).aliases()).as("%s aliases", d.rule()).contains(d.code());
            assertThat(d.summary()).as("difference of %s", d.code()).isNotBlank();
            assertThat(RuleDocs.of(rule).body()).as("page of %s", d.rule()).contains(d.code());
        }
        String table = new RuleDocsGenerator(BuiltinRules.all()).generate().get("hadolint.md");
        assertThat(table).contains("| `DL3059` | [DF043 `consecutive-runs`](DF043-consecutive-runs.md) | ");
    }

    @Test
    void generatedTableShowsEveryCheck() {
        String table = new RuleDocsGenerator(BuiltinRules.all()).generate().get("hadolint.md");
        for (String code : HadolintParity.codes("hadolint-rules.tsv")) {
            assertThat(table).contains("| `" + code + "` | ");
        }
        assertThat(table).contains("| `DL3043` | not followed: Docker itself rejects");
        assertThat(table).contains("| `DL4006` | [DF111 `pipe-without-pipefail`](DF111-pipe-without-pipefail.md) |");
    }
}
