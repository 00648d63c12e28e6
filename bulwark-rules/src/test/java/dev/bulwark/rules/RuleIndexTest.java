package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import org.junit.jupiter.api.Test;

class RuleIndexTest {

    @Test
    void theGeneratedIndexHoldsExactlyWhatEveryBuiltinRuleAnnotationSays() throws Exception {
        for (Class<?> type : BuiltinRulesTest.annotatedClasses()) {
            Class<? extends Rule> rule = type.asSubclass(Rule.class);
            assertThat(RuleIndex.of(rule)).as("index entry of %s", type.getName()).contains(Rules.reflected(rule));
        }
    }

    @Test
    void aRuleClassOutsideTheModuleIsReadByReflection() {
        assertThat(RuleIndex.of(TestOnlyRule.class)).isEmpty();
        assertThat(Rules.meta(TestOnlyRule.class).name()).isEqualTo("test-only-rule");
        assertThat(Rules.meta(TestOnlyRule.class).aliases()).containsExactly("X1", "Y2");
    }

    @RuleInfo(code = "DF999", name = "test-only-rule", practice = Practice.CORRECTNESS, severity = Severity.INFO,
            enabledByDefault = false, summary = "s", fix = "f", aliases = {"X1", "Y2"})
    static final class TestOnlyRule implements Rule {
    }
}
