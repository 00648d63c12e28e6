package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --import}: Trivy and Grype reports (hand-made after their documented JSON shapes,
 * under {@code src/test/resources/imports/}) become findings where the project builds or names
 * the image, with the scanners' severities mapped and {@code --fail-on} applying.
 */
class ImportCliTest {
    private static final String DOCKERFILE = "FROM python:3.11.9-slim-bookworm\nUSER 10001\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";
    private static final String COMPOSE = """
            services:
              api:
                build: ./api
                image: ghcr.io/acme/api:1.4.2
              db:
                image: postgres:16.6
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("api"));
        Files.writeString(dir.resolve("api/Dockerfile"), DOCKERFILE);
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        for (String name : new String[] {"trivy.json", "grype.json", "trivy-unknown-image.json"}) {
            Files.copy(Path.of("src/test/resources/imports", name), dir.resolve(name));
        }
    }

    @Test
    void trivyFindingsLandOnTheDockerfileThatBuildsTheImage() {
        Cli.Run run = Cli.run(dir, "check", "--select", "IM", "--import", "trivy.json", ".");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("api/Dockerfile:1:6: error IM001 trivy-vulnerability: CVE-2024-6387 (CRITICAL) in"
                + " openssh-server 1:9.2p1-2, fixed in 1:9.2p1-2+deb12u3 (image ghcr.io/acme/api:1.4.2): openssh: regreSSHion");
        assertThat(run.out()).contains("warning IM001 trivy-vulnerability: CVE-2023-5678 (MEDIUM)")
                .contains("info IM001 trivy-vulnerability: CVE-2011-3374 (LOW) in apt 2.6.1, no fixed version yet")
                .contains("info IM001 trivy-vulnerability: GHSA-xxxx-yyyy-zzzz (UNKNOWN)");
        assertThat(run.out()).contains("4 findings (1 error, 1 warning, 2 info)");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void grypeFindingsLandOnTheComposeServiceNamingTheImage() {
        Cli.Run run = Cli.run(dir, "check", "--select", "IM", "--import", "grype.json", ".");
        assertThat(run.out()).contains("compose.yaml:6:12: error IM002 grype-vulnerability: CVE-2024-0985 (High) in"
                + " postgresql-16 16.1-1.pgdg120+1, fixed in 16.2-1.pgdg120+1 (image postgres:16.6)");
        assertThat(run.out()).contains("compose.yaml:6:12: info IM002 grype-vulnerability: CVE-2022-0563 (Negligible)");
    }

    @Test
    void anImageNothingBuildsOrNamesKeepsItsFindingsInTheReport() {
        Cli.Run run = Cli.run(dir, "check", "--select", "IM", "--import", "trivy-unknown-image.json", ".");
        assertThat(run.out()).contains("trivy-unknown-image.json:9:9: error IM001 trivy-vulnerability: CVE-2024-2511 (HIGH)");
    }

    @Test
    void failOnAppliesToImportedFindings() {
        assertThat(Cli.run(dir, "check", "--select", "IM", "--import", "grype.json", "--fail-on", "error", ".").exit())
                .isEqualTo(ExitCodes.FINDINGS);
        // Only info and warning findings: a run that fails on errors only passes.
        Cli.Run run = Cli.run(dir, "check", "--select", "IM", "--ignore", "IM002", "--import", "grype.json", ".");
        assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("No findings");
    }

    @Test
    void importedFindingsJoinTheConfigurationFindingsAndTheBaseline() throws IOException {
        Cli.Run both = Cli.run(dir, "check", "--import", "trivy.json", "--import", "grype.json", "--format", "json", ".");
        assertThat(both.out()).contains("\"rule\": \"IM001\"").contains("\"rule\": \"IM002\"")
                .contains("\"practice\": \"dependency-scanning\"");
        assertThat(Cli.run(dir, "baseline", "--import", "trivy.json", "--import", "grype.json", ".").exit())
                .isEqualTo(ExitCodes.CLEAN);
        Cli.Run accepted = Cli.run(dir, "check", "--import", "trivy.json", "--import", "grype.json", "--baseline",
                ".bulwark-baseline.json", ".");
        assertThat(accepted.out()).as(accepted.out()).doesNotContain("IM00");
    }

    @Test
    void aReportThatIsNeitherScannersIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("other.json"), "{\"findings\": []}");
        Cli.Run run = Cli.run(dir, "check", "--import", "other.json", ".");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("other.json: not a Trivy");
        Cli.Run missing = Cli.run(dir, "check", "--import", "nope.json", ".");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.json: cannot read");
    }
}
