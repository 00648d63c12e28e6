package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);
    private final SourceText other = new SourceText("my dir/Dockerfile.模型", "FROM a\n");

    private ReportInput input(List<RuleDescriptor> rules) {
        List<Finding> findings = List.of(
                Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18),
                Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, 19, 55, "secret",
                        List.of(new TextRange(33, 55))),
                Fixtures.finding(Fixtures.NO_HEALTHCHECK, other, 0, 0));
        return new ReportInput(Fixtures.TOOL, rules, findings, SourceLookup.of(List.of(dockerfile, other)),
                FailThreshold.WARNING, 2);
    }

    @Test
    void sameInputSameBytes() {
        for (String format : Reporters.formats()) {
            for (boolean color : List.of(false, true)) {
                String first = Fixtures.render(Reporters.forFormat(format, color).orElseThrow(), input(Fixtures.descriptors()));
                String second = Fixtures.render(Reporters.forFormat(format, color).orElseThrow(), input(Fixtures.descriptors()));
                assertThat(second).as(format).isEqualTo(first);
                assertThat(first).as(format).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
            }
        }
    }

    @Test
    void sarifRuleTableDoesNotDependOnTheOrderRulesArrive() {
        List<RuleDescriptor> shuffled = new ArrayList<>(Fixtures.descriptors());
        Collections.reverse(shuffled);
        assertThat(Fixtures.render(new SarifReporter(), input(shuffled)))
                .isEqualTo(Fixtures.render(new SarifReporter(), input(Fixtures.descriptors())));
    }

    @Test
    void writingToAWriterGivesTheSameBytesAsToABuilder() throws Exception {
        for (Reporter reporter : Fixtures.allReporters()) {
            StringWriter writer = new StringWriter();
            reporter.write(input(Fixtures.descriptors()), writer);
            assertThat(writer.toString()).isEqualTo(Fixtures.render(reporter, input(Fixtures.descriptors())));
        }
    }
}
