package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark fix} end to end, in-process: writing, --diff, --unsafe-fixes, selection, suppressions, exit codes. */
class FixCommandTest {
    private static final String BEFORE = "FROM python:3.12.8-slim\n"
            + "RUN pip install -r requirements.txt\n"
            + "# bulwark-ignore: DF014 -- the cache is wanted here\n"
            + "RUN pip install torch\n"
            + "CMD [\"python\", \"app.py\"]\n";
    private static final String AFTER = "FROM python:3.12.8-slim\n"
            + "RUN pip install --no-cache-dir -r requirements.txt\n"
            + "# bulwark-ignore: DF014 -- the cache is wanted here\n"
            + "RUN pip install torch\n"
            + "CMD [\"python\", \"app.py\"]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void file() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), BEFORE);
    }

    @Test
    void appliesSafeFixesInPlaceHonouringSuppressionsAndReportsWhatRemains() throws IOException {
        Cli.Run run = Cli.run(dir, "fix", "Dockerfile");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(AFTER);
        assertThat(run.out()).contains("fixed Dockerfile:2:5 DF014 pip-no-cache-dir: add --no-cache-dir")
                .contains("Fixed 1 finding in 1 file (DF014 1)")
                // What remains is reported as check reports it; the unsafe fix was not applied.
                .contains("DF084").doesNotContain("fixed Dockerfile:5");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.FINDINGS);

        Cli.Run again = Cli.run(dir, "fix", "Dockerfile");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(AFTER);
        assertThat(again.out()).contains("Fixed 0 findings in 0 files");
    }

    @Test
    void diffPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        Cli.Run run = Cli.run(dir, "fix", "--diff", "Dockerfile");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(BEFORE);
        assertThat(run.out()).isEqualTo("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,5 +1,5 @@\n"
                + " FROM python:3.12.8-slim\n"
                + "-RUN pip install -r requirements.txt\n"
                + "+RUN pip install --no-cache-dir -r requirements.txt\n"
                + " # bulwark-ignore: DF014 -- the cache is wanted here\n"
                + " RUN pip install torch\n"
                + " CMD [\"python\", \"app.py\"]\n");
        assertThat(run.err()).contains("would fix Dockerfile:2:5 DF014");
    }

    @Test
    void unsafeFixesOnlyWhenAskedAndSelectionIsThatOfCheck() throws IOException {
        Cli.Run run = Cli.run(dir, "fix", "--unsafe-fixes", "--select", "DF084", "Dockerfile");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(BEFORE.replace("CMD [",
                "ENV PYTHONUNBUFFERED=1\nCMD ["));
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void standardInputCannotBeFixed() {
        Cli.Run run = Cli.withStdin(dir, BEFORE, "fix", "-");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("standard input");
    }

    @Test
    void jsonAndSarifReportsOfCheckCarryTheFix() {
        assertThat(Cli.run(dir, "check", "--format", "json", "Dockerfile").out())
                .contains("\"autofix\"").contains("\"replacement\": \" --no-cache-dir\"");
        assertThat(Cli.run(dir, "check", "--format", "sarif", "Dockerfile").out())
                .contains("\"artifactChanges\"").contains("\"text\": \" --no-cache-dir\"");
    }
}
