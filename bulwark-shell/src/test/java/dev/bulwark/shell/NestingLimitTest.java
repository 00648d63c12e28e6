package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SyntaxProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pathological nesting must end in a problem, never a StackOverflowError or exponential time. */
class NestingLimitTest {
    @ParameterizedTest
    @ValueSource(strings = {"(", "$(", "${x:-", "\"$(", "$((", "$(( $(", "{ ", "if ", "while ", "case x in (a) ",
        "f() { ", "<(", "for x in y; do "})
    void deepNestingIsReportedNotFatal(String opener) {
        String text = opener.repeat(5000) + "echo";
        ShellScript script = ShellParser.parse(text);
        assertThat(script.problems()).isNotEmpty();
        assertThat(script.problems()).extracting(SyntaxProblem::message).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 40, 90})
    void legitimateNestingWithinTheLimitIsClean(int depth) {
        String text = "echo " + "$(a ".repeat(depth) + ")".repeat(depth);
        ShellScript script = ShellParser.parse(text);
        assertThat(script.problems()).isEmpty();
        assertThat(script.commands()).hasSize(depth + 1);
    }
}
