package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void namesEveryFormatDefaultFirst() {
        assertThat(Reporters.formats()).containsExactly("text", "json", "sarif", "html", "junit", "gitlab", "github", "checkstyle");
        for (String format : Reporters.formats()) {
            assertThat(Reporters.forFormat(format)).get().extracting(Reporter::format).isEqualTo(format);
        }
    }

    @Test
    void formatNamesAreCaseInsensitive() {
        assertThat(Reporters.forFormat("SARIF")).get().isInstanceOf(SarifReporter.class);
        assertThat(Reporters.forFormat("Json")).get().isInstanceOf(JsonReporter.class);
    }

    @Test
    void unknownFormatIsEmpty() {
        assertThat(Reporters.forFormat("xml")).isEmpty();
        assertThat(Reporters.forFormat("")).isEmpty();
    }

    @Test
    void colourReachesTheTextReporter() {
        ReportInput in = Fixtures.input(List.of(), List.of());
        assertThat(Fixtures.render(Reporters.forFormat("text", true).orElseThrow(), in)).contains("\u001b[");
        assertThat(Fixtures.render(Reporters.forFormat("text", false).orElseThrow(), in)).doesNotContain("\u001b");
    }
}
