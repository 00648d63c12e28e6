package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark baseline} and {@code check --baseline}: line shifts, edits, stale entries, exit codes. */
class BaselineCliTest {
    /** DF003 (latest tag) on line 1 and a root user on line 2. */
    private static final String DOCKERFILE = "FROM python:latest\nUSER root\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
    }

    private int findings(String... args) {
        Cli.Run run = Cli.run(dir, args);
        return Integer.parseInt(run.out().lines().filter(l -> l.contains(" finding")).reduce((a, b) -> b).orElseThrow()
                .replaceAll("^No findings.*", "0").replaceAll(" finding.*", ""));
    }

    @Test
    void theBaselineAcceptsTodaysFindingsAndStillCatchesNewOnes() throws IOException {
        Cli.Run before = Cli.run(dir, "check", "Dockerfile");
        assertThat(before.exit()).isEqualTo(ExitCodes.FINDINGS);
        int all = findings("check", "Dockerfile");
        assertThat(all).isGreaterThanOrEqualTo(2);

        Cli.Run write = Cli.run(dir, "baseline", "Dockerfile");
        assertThat(write.exit()).as(write.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(write.err()).contains("wrote " + all + " findings to .bulwark-baseline.json");
        assertThat(Files.readString(dir.resolve(".bulwark-baseline.json"))).contains("\"baselineVersion\": 1");

        Cli.Run accepted = Cli.run(dir, "check", "--baseline", ".bulwark-baseline.json", "Dockerfile");
        assertThat(accepted.exit()).as(accepted.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(accepted.out()).contains("No findings").contains(all + " findings accepted in .bulwark-baseline.json not shown");

        // Lines inserted above move every finding; the baseline still matches them all.
        Files.writeString(dir.resolve("Dockerfile"), "# syntax=docker/dockerfile:1\n# the API image\n\n" + DOCKERFILE);
        Cli.Run shifted = Cli.run(dir, "check", "--baseline", ".bulwark-baseline.json", "Dockerfile");
        assertThat(shifted.exit()).as(shifted.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(shifted.out()).doesNotContain("stale");

        // A new finding is reported, and fails the run.
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE.replace("FROM python:latest\n",
                "FROM python:latest\nRUN apt-get update\n"));
        Cli.Run added = Cli.run(dir, "check", "--baseline", ".bulwark-baseline.json", "Dockerfile");
        assertThat(added.out()).contains("Dockerfile:2:").contains(all + " findings accepted");
        assertThat(added.out()).doesNotContain("Dockerfile:1:6");
    }

    @Test
    void editingTheFlaggedLineMakesANewFindingAndAStaleEntry() throws IOException {
        assertThat(Cli.run(dir, "baseline", "-o", "base.json", "Dockerfile").exit()).isEqualTo(ExitCodes.CLEAN);
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE.replace("FROM python:latest", "FROM python:latest AS app"));
        Cli.Run run = Cli.run(dir, "check", "--baseline", "base.json", "--format", "json", "Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("\"rule\": \"DF003\"");
        assertThat(run.out()).contains("\"baseline\": {").contains("\"file\": \"base.json\"").contains("\"stale\": [");
        assertThat(run.out().substring(run.out().indexOf("\"stale\""))).contains("\"rule\": \"DF003\"").contains("\"line\": 1");

        Cli.Run text = Cli.run(dir, "check", "--baseline", "base.json", "Dockerfile");
        assertThat(text.out()).contains("2 baseline entries no longer match anything (run `bulwark baseline` to drop them)");
        assertThat(text.err()).isEmpty();
        Cli.Run verbose = Cli.run(dir, "check", "--baseline", "base.json", "--verbose", "Dockerfile");
        assertThat(verbose.err()).contains("stale baseline entry: Dockerfile:1 DF003");
    }

    @Test
    void fixingAFindingLeavesAStaleEntryAndACleanRun() throws IOException {
        assertThat(Cli.run(dir, "baseline", "Dockerfile").exit()).isEqualTo(ExitCodes.CLEAN);
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE.replace("USER root\n", "USER 10001\n"));
        Cli.Run run = Cli.run(dir, "check", "--baseline", ".bulwark-baseline.json", "Dockerfile");
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("no longer match");
    }

    @Test
    void aMissingOrBrokenBaselineIsAUsageError() throws IOException {
        Cli.Run missing = Cli.run(dir, "check", "--baseline", "nope.json", "Dockerfile");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.json: cannot read the baseline");
        Files.writeString(dir.resolve("bad.json"), "{\"findings\": 3}");
        Cli.Run bad = Cli.run(dir, "check", "--baseline", "bad.json", "Dockerfile");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("bad.json:1:").contains("`findings` must be a list");
        assertThat(bad.out()).isEmpty();
    }
}
