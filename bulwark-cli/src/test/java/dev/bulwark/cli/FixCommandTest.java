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
            + "RUN pip install -r /src/requirements.txt\n"
            + "# bulwark-ignore: DF014 -- the cache is wanted here\n"
            + "RUN pip install torch\n"
            + "CMD [\"python\", \"app.py\"]\n";
    private static final String AFTER = "FROM python:3.12.8-slim\n"
            + "RUN pip install --no-cache-dir -r /src/requirements.txt\n"
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
                + "-RUN pip install -r /src/requirements.txt\n"
                + "+RUN pip install --no-cache-dir -r /src/requirements.txt\n"
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

    @Test
    void checkMarksWhatFixRepairsAndCountsIt() {
        Cli.Run run = Cli.run(dir, "check", "Dockerfile");
        assertThat(run.out()).contains("Dockerfile:2:5: warning DF014 pip-no-cache-dir [fix]: ")
                .contains("DF084 python-output-buffered [fix: unsafe]: ")
                .contains("\n1 fixable with `bulwark fix` (1 more with `bulwark fix --unsafe-fixes`)\n");
    }

    @Test
    void jsonSaysWhatWasFixedAndWhatRemains() throws IOException {
        Cli.Run run = Cli.run(dir, "fix", "--format", "json", "Dockerfile");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(AFTER);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{").doesNotContain("fixed Dockerfile")
                .contains("\"written\": true").contains("\"changedFiles\": [\n      \"Dockerfile\"\n    ]")
                .contains("\"rule\": \"DF014\"").contains("\"description\": \"add --no-cache-dir\"")
                .contains("\"rule\": \"DF084\"").doesNotContain("\"diff\"");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);

        Files.writeString(dir.resolve("Dockerfile"), BEFORE);
        Cli.Run diff = Cli.run(dir, "fix", "--format", "json", "--diff", "Dockerfile");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(BEFORE);
        assertThat(diff.out()).startsWith("{").contains("\"written\": false")
                .contains("\"diff\": \"--- a/Dockerfile\\n+++ b/Dockerfile\\n");
        assertThat(Cli.run(dir, "fix", "--format", "sarif", "Dockerfile").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void pinsFromTheCommandLineAndTheConfigurationAreFixesLikeTheOthers() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.11-slim\nRUN pip install --no-cache-dir torch\n");
        Cli.Run run = Cli.run(dir, "fix", "--select", "DF014", "--pin", "python=3.12.8-slim-bookworm", "Dockerfile");
        assertThat(run.out()).contains("fixed Dockerfile:1:6 BW005 image-differs-from-pin: pin `python:3.12.8-slim-bookworm`");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).startsWith("FROM python:3.12.8-slim-bookworm\n");
        assertThat(Cli.run(dir, "fix", "--pin", "python=latest", "Dockerfile").err())
                .contains("bulwark: command line: --pin python=latest: `python` cannot be pinned to `latest`");

        Files.writeString(dir.resolve(".bulwark.yaml"), "pins:\n  python: 3.12.9-slim-bookworm\n");
        Cli.Run check = Cli.run(dir, "check", "--select", "BW005", "Dockerfile");
        assertThat(check.out()).contains("BW005 image-differs-from-pin [fix]: `python:3.12.8-slim-bookworm` is not the"
                + " pinned `python:3.12.9-slim-bookworm`");
        assertThat(check.exit()).isEqualTo(ExitCodes.FINDINGS);
        Files.writeString(dir.resolve(".bulwark.yaml"), "pins:\n  python: [3.12]\n");
        assertThat(Cli.run(dir, "check", "Dockerfile").err())
                .contains("bulwark: .bulwark.yaml:2:11: the pin of `python` must be a single value");
    }
}
