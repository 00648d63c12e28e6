package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A secret one finding knows stays hidden in the outputs of every other finding of the same file. */
class FileSecretsTest {
    private final SourceText compose = new SourceText("compose.yaml",
            "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: hunter2hunter2\n");

    @Test
    void anotherFindingOnTheSecretLineNeverShowsIt() {
        int at = compose.text().indexOf("hunter2hunter2");
        TextRange secret = new TextRange(at, at + 14);
        int key = compose.text().indexOf("POSTGRES_PASSWORD");
        Finding secretFinding = Fixtures.finding(Fixtures.SECRET_IN_ENV, dev.bulwark.core.Severity.ERROR, compose, at,
                at + 14, "literal password", List.of(secret));
        Finding other = Fixtures.finding(Fixtures.LATEST_TAG, dev.bulwark.core.Severity.WARNING, compose, key, key + 17,
                "`POSTGRES_PASSWORD: hunter2hunter2` should come from a file", List.of());
        ReportInput in = Fixtures.input(List.of(secretFinding, other), List.of(compose));
        for (Reporter reporter : Fixtures.allReporters()) {
            assertThat(Fixtures.render(reporter, in)).as(reporter.format()).doesNotContain("hunter2");
        }
    }

    @Test
    void aSecretEqualToANameTheFileUsesElsewhereDoesNotMaskTheName() {
        SourceText file = new SourceText("compose.yaml",
                "services:\n  grafana:\n    image: grafana/grafana:11.2.0\n    environment:\n"
                        + "      GF_SECURITY_ADMIN_PASSWORD: grafana\n");
        int at = file.text().indexOf("grafana\n", file.text().indexOf("PASSWORD"));
        TextRange secret = new TextRange(at, at + 7);
        Finding secretFinding = Fixtures.finding(Fixtures.SECRET_IN_ENV, dev.bulwark.core.Severity.ERROR, file, at,
                at + 7, "literal value of `GF_SECURITY_ADMIN_PASSWORD`", List.of(secret));
        int name = file.text().indexOf("grafana:");
        Finding other = Fixtures.finding(Fixtures.LATEST_TAG, dev.bulwark.core.Severity.WARNING, file, name, name + 7,
                "service `grafana` has no healthcheck", List.of());
        ReportInput in = Fixtures.input(List.of(secretFinding, other), List.of(file));
        for (Reporter reporter : Fixtures.allReporters()) {
            assertThat(Fixtures.render(reporter, in)).as(reporter.format()).contains("service `grafana` has no healthcheck");
        }
    }
}
