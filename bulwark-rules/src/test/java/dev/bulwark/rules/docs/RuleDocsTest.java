package dev.bulwark.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.RunnableRules;
import dev.bulwark.rules.YamlRules;
import dev.bulwark.rules.engine.UnknownRuleInSuppression;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleDocsTest {

    @TestFactory
    List<DynamicTest> everyRuleHasADocWithAllSections() {
        return BuiltinRules.all().stream().map(rule -> DynamicTest.dynamicTest(
                RuleDocs.of(rule).meta().code(), () -> {
                    RuleDocs docs = RuleDocs.of(rule);
                    assertThat(docs.missingSections()).as("missing sections in %s", RuleDocs.resourceName(rule.getClass()))
                            .isEmpty();
                    assertThat(docs.headings()).as("sections in order").containsSubsequence(RuleDocs.SECTIONS);
                    assertThat(docs.titles()).as("metadata is generated, the doc must not repeat a title")
                            .isEmpty();
                    for (String section : RuleDocs.SECTIONS) {
                        assertThat(docs.section(section).orElseThrow().strip()).as("section %s is empty", section)
                                .isNotEmpty();
                    }
                    for (RuleOption option : rule.options()) {
                        assertThat(docs.section("Options").orElseThrow()).as("Options section explains %s", option.name())
                                .contains(option.name());
                    }
                    assertThat(docs.section("Options").orElseThrow().strip().equals("None."))
                            .as("'None.' in Options exactly when the rule has no options")
                            .isEqualTo(rule.options().isEmpty());
                    if (rule instanceof EngineDiagnostic && !RunnableRules.canRun(rule) && !YamlRules.canRun(rule)) {
                        assertThat(docs.examples()).as("examples of a diagnostic cannot run, so they must not claim bad/good")
                                .isEmpty();
                    } else {
                        assertThat(docs.examples()).extracting(DocExample::verdict)
                                .as("at least one bad and one good example")
                                .contains(DocExample.Verdict.BAD, DocExample.Verdict.GOOD);
                    }
                })).toList();
    }

    @Test
    void pageHasGeneratedHeaderThenBody() {
        RuleDocs docs = RuleDocs.of(UnknownRuleInSuppression.class);
        String page = docs.page();
        assertThat(page).startsWith("# BW004 `unknown-rule-in-suppression`\n\n");
        assertThat(page).contains("| Practice | `correctness` |", "| Enabled by default | yes |", "| Aliases | none |");
        assertThat(page).contains(docs.body().strip());
        assertThat(docs.fileName()).isEqualTo("BW004-unknown-rule-in-suppression.md");
    }

    @RuleInfo(code = "ZZ999", name = "documented-with-options", practice = Practice.CORRECTNESS,
            severity = Severity.INFO, enabledByDefault = false, summary = "A test rule.", fix = "Nothing | to do.",
            aliases = {"DL9999"})
    public static final class WithOptions implements EngineDiagnostic {
        @Override
        public List<RuleOption> options() {
            return List.of(RuleOption.stringList("hosts", List.of("a.io", "b.io"), "Trusted hosts."),
                    RuleOption.integer("limit", 3, "How many."));
        }
    }

    @Test
    void optionsTableIsInsertedUnderTheOptionsHeading() {
        String page = RuleDocs.of(WithOptions.class).page();
        assertThat(page).contains("| Aliases | `DL9999` |", "| Enabled by default | no |", "| Fix | Nothing \\| to do. |");
        assertThat(page).contains("## Options\n\n| Option | Type | Default | Description |\n| --- | --- | --- | --- |\n"
                + "| `hosts` | string list | `a.io`, `b.io` | Trusted hosts. |\n"
                + "| `limit` | integer | `3` | How many. |\n\nThe options");
    }

    @RuleInfo(code = "ZZ998", name = "undocumented", practice = Practice.CORRECTNESS, severity = Severity.INFO,
            summary = "A test rule.", fix = "None.")
    public static final class Undocumented implements EngineDiagnostic {
    }

    @Test
    void missingDocIsAnError() {
        assertThatThrownBy(() -> RuleDocs.of(Undocumented.class)).hasMessageContaining("no rule doc Undocumented.md");
    }
}
