package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulwark check} end to end, in-process: exit codes, formats, stdin, user errors. */
class CheckCommandTest {
    private static final String CLEAN = "FROM python:3.11.9-slim-bookworm\nUSER 10001\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";
    /** Only a warning (DF003): fails at the default threshold, passes with --fail-on error. */
    private static final String LATEST = "FROM python:latest\nUSER 10001\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";
    /** Only an info finding (DF004, a moving release line). */
    private static final String MOVING = "FROM python:3.11-slim\nUSER 10001\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("clean.Dockerfile"), CLEAN);
        Files.writeString(dir.resolve("latest.Dockerfile"), LATEST);
        Files.writeString(dir.resolve("moving.Dockerfile"), MOVING);
    }

    @Test
    void cleanFileExitsZero() {
        Cli.Run run = Cli.run(dir, "check", "clean.Dockerfile");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("No findings");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningFailsAtTheDefaultThreshold() {
        Cli.Run run = Cli.run(dir, "check", "latest.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("latest.Dockerfile:1:6").contains("DF003");
    }

    @Test
    void failOnMovesTheThreshold() {
        assertThat(Cli.run(dir, "check", "--fail-on", "error", "latest.Dockerfile").exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(Cli.run(dir, "check", "moving.Dockerfile").exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(Cli.run(dir, "check", "--fail-on", "info", "moving.Dockerfile").exit()).isEqualTo(ExitCodes.FINDINGS);
        Cli.Run none = Cli.run(dir, "check", "--fail-on", "none", "latest.Dockerfile");
        assertThat(none.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(none.out()).contains("DF003");
    }

    @Test
    void failOnNoneIsTheReportedThresholdAndNeverFails() throws IOException {
        // The config's threshold would fail the run; --fail-on none replaces it in the report too.
        Files.writeString(dir.resolve(".bulwark.yaml"), "fail-on: info\n");
        Cli.Run run = Cli.run(dir, "check", "--fail-on", "none", "--format", "json", "latest.Dockerfile", "moving.Dockerfile");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.err()).isEmpty();
        Map<String, Object> summary = jsonSummary(run.out());
        assertThat(summary).as(run.out()).containsEntry("warning", 1L)
                .containsEntry("failThreshold", "none").containsEntry("failed", false);
    }

    @Test
    void configFailOnNoneNeverFailsAndTheCommandLineStillWins() throws IOException {
        Files.writeString(dir.resolve(".bulwark.yaml"), "fail-on: none\n");
        Cli.Run none = Cli.run(dir, "check", "--format", "json", "latest.Dockerfile");
        assertThat(none.exit()).as(none.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(jsonSummary(none.out())).as(none.out()).containsEntry("warning", 1L)
                .containsEntry("failThreshold", "none").containsEntry("failed", false);
        Cli.Run strict = Cli.run(dir, "check", "--fail-on", "warning", "--format", "json", "latest.Dockerfile");
        assertThat(strict.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(jsonSummary(strict.out())).containsEntry("failThreshold", "warning").containsEntry("failed", true);
    }

    @Test
    void badConfigFailOnListsNone() throws IOException {
        Files.writeString(dir.resolve(".bulwark.yaml"), "fail-on: nnoe\n");
        Cli.Run run = Cli.run(dir, "check", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("bulwark: .bulwark.yaml:1:10: `nnoe` is not a severity for fail-on "
                + "(expected error, warning, info or none); did you mean `none`?\n");
    }

    @Test
    void directoryIsSearchedAndDefaultsToTheWorkingDirectory() {
        Cli.Run explicit = Cli.run(dir, "check", ".");
        Cli.Run implicit = Cli.run(dir, "check");
        assertThat(explicit.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(implicit.out()).isEqualTo(explicit.out()).contains("latest.Dockerfile").contains("moving.Dockerfile");
    }

    @Test
    void jsonReportIsValidJsonWithTheFindings() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format", "json", "latest.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(jsonStrings(run.out())).contains("DF003", "latest-tag", "latest.Dockerfile");
    }

    @Test
    void sarifReportIsValidJsonWithVersionAndRuleHelp() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format", "SARIF", "latest.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        List<String> strings = jsonStrings(run.out());
        assertThat(strings).contains("2.1.0", "bulwark", "DF003");
        // The rule's doc travels as help text: its "Why it matters" section is in the output.
        assertThat(strings).anyMatch(s -> s.contains("## Why it matters"));
    }

    @Test
    void formatsAreByteIdenticalWhateverTheThreadCount() {
        for (String format : List.of("text", "json", "sarif")) {
            Cli.Run one = Cli.run(dir, "check", "--threads", "1", "--format", format, ".");
            Cli.Run four = Cli.run(dir, "check", "--threads", "4", "--format", format, ".");
            assertThat(four.out()).as(format).isEqualTo(one.out());
        }
    }

    @Test
    void standardInputIsAuditedAsDash() {
        Cli.Run run = Cli.withStdin(dir, LATEST, "check", "-");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("-:1:6").contains("DF003");
        assertThat(Cli.withStdin(dir, CLEAN, "check", "-").exit()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void publicEntryPointRunsWithPlainStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check", "-"},
                new ByteArrayInputStream(LATEST.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), dir);
        assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("DF003").doesNotContain("\u001B[");
    }

    @Test
    void missingPathIsAUsageErrorWithoutStackTrace() {
        Cli.Run run = Cli.run(dir, "check", "clean.Dockerfile", "nope/Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("bulwark: nope/Dockerfile: no such file or directory\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unreadableFileIsAFindingNotACrash() throws IOException {
        Files.write(dir.resolve("binary.Dockerfile"), new byte[] {'F', 'R', 'O', 'M', 0, 1, 2});
        Cli.Run run = Cli.run(dir, "check", "binary.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("BW001").contains("binary file");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownConfigKeyNamesFileLineAndColumn() throws IOException {
        Files.writeString(dir.resolve(".bulwark.yaml"), "fail-on: error\nselct:\n  - DF003\n");
        Cli.Run run = Cli.run(dir, "check", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("bulwark: .bulwark.yaml:2:1: unknown key `selct`; did you mean `select`?\n");
    }

    @Test
    void invalidYamlIsAConfigErrorWithPosition() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "select: [DF003\nignore: x\n");
        Cli.Run run = Cli.run(dir, "check", "--config", "bad.yaml", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).matches("bulwark: bad\\.yaml:\\d+:\\d+: invalid YAML: .+\n");
    }

    @Test
    void configIsFoundUpwardAndApplied() throws IOException {
        Files.writeString(dir.resolve(".bulwark.yaml"), "ignore:\n  - latest-tag\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("Dockerfile"), LATEST);
        Cli.Run run = Cli.run(sub, "check");
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void missingConfigFileIsAUsageError() {
        Cli.Run run = Cli.run(dir, "check", "--config", "absent.yaml", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("bulwark: absent.yaml: no such file\n");
    }

    @Test
    void selectAllRunsEveryRuleAndSelectNarrows() {
        Cli.Run all = Cli.run(dir, "check", "--select", "all", "--format", "json", "latest.Dockerfile");
        assertThat(all.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(all.out()).contains("DF003");
        Cli.Run other = Cli.run(dir, "check", "--select", "DF009,root-user", "latest.Dockerfile");
        assertThat(other.exit()).isEqualTo(ExitCodes.CLEAN);
        Cli.Run ignored = Cli.run(dir, "check", "--select", "all", "--ignore", "base-image-pinning", "latest.Dockerfile");
        assertThat(ignored.exit()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void unknownSelectorIsAUsageErrorWithSuggestion() {
        Cli.Run run = Cli.run(dir, "check", "--select", "latest-tga", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("bulwark: command line: --select: unknown rule").contains("`latest-tag`");
    }

    @Test
    void badOptionValueGetsPicocliMessageAndUsageHint() {
        Cli.Run run = Cli.run(dir, "check", "--format", "xml");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Invalid value for option '--format'")
                .contains("Try 'bulwark check --help' for more information.");
        Cli.Run unknown = Cli.run(dir, "check", "--formt", "json");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--formt'").contains("--format");
    }

    @Test
    void threadsMustBePositive() {
        Cli.Run run = Cli.run(dir, "check", "--threads", "0", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--threads must be at least 1");
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format", "json", "--output", "report.json", "latest.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEmpty();
        assertThat(jsonStrings(Files.readString(dir.resolve("report.json")))).contains("DF003");
    }

    @Test
    void unwritableOutputIsAUsageError() {
        Cli.Run run = Cli.run(dir, "check", "-o", "no/such/dir/report.txt", "clean.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("bulwark: no/such/dir/report.txt: cannot write: ");
    }

    @Test
    void colorFollowsTheTerminalNoColorAndTheOption() {
        String esc = "\u001B[";
        assertThat(Cli.inTerminal(dir, Map.of(), true, "check", "latest.Dockerfile").out()).contains(esc);
        assertThat(Cli.inTerminal(dir, Map.of("NO_COLOR", "1"), true, "check", "latest.Dockerfile").out()).doesNotContain(esc);
        assertThat(Cli.inTerminal(dir, Map.of(), false, "check", "latest.Dockerfile").out()).doesNotContain(esc);
        assertThat(Cli.run(dir, "check", "--color", "always", "latest.Dockerfile").out()).contains(esc);
        assertThat(Cli.inTerminal(dir, Map.of(), true, "check", "--color", "never", "latest.Dockerfile").out()).doesNotContain(esc);
    }

    @Test
    void failureWhileRunningIsAnInternalErrorWithStackTraceOnlyOnDebug() {
        Cli.Run quiet = runWithBrokenStdout("check", "latest.Dockerfile");
        assertThat(quiet.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(quiet.err()).startsWith("bulwark: internal error: IllegalStateException: stdout is gone\n")
                .contains("--debug").doesNotContain("\tat ");
        Cli.Run debug = runWithBrokenStdout("check", "--debug", "latest.Dockerfile");
        assertThat(debug.exit()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(debug.err()).contains("\tat dev.bulwark.");
    }

    /** Runs with a stdout that throws on write: an unexpected failure, as a bug would be. */
    private Cli.Run runWithBrokenStdout(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream broken = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("stdout is gone");
            }
        });
        int exit = Main.run(args, new Invocation(new ByteArrayInputStream(new byte[0]), broken,
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of(), false));
        return new Cli.Run(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    /** The scalar fields of a JSON report's top-level {@code summary}: numbers as longs, booleans, strings. */
    static Map<String, Object> jsonSummary(String json) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                if (!name.equals("summary")) {
                    parser.skipChildren();
                    continue;
                }
                for (JsonToken f = parser.nextToken(); f == JsonToken.FIELD_NAME; f = parser.nextToken()) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    summary.put(field, switch (value) {
                        case VALUE_NUMBER_INT -> parser.getLongValue();
                        case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
                        default -> parser.getText();
                    });
                }
            }
        }
        assertThat(summary).as("summary of " + json).isNotEmpty();
        return summary;
    }

    /** Every string value of a JSON document; fails the test when it is not well-formed JSON. */
    @Test
    void asOfJudgesEndOfLifeOnThatDayAndTheJsonReportRecordsIt() throws IOException {
        Files.writeString(dir.resolve("old.Dockerfile"), CLEAN.replace("python:3.11.9", "python:3.8.18"));
        Cli.Run before = Cli.run(dir, "check", "--format", "json", "--as-of", "2024-10-06", "old.Dockerfile");
        Cli.Run on = Cli.run(dir, "check", "--format", "json", "--as-of", "2024-10-07", "old.Dockerfile");
        assertThat(before.exit()).as(before.out()).isEqualTo(ExitCodes.CLEAN);
        assertThat(jsonStrings(before.out())).contains("2024-10-06").doesNotContain("DF121");
        assertThat(on.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(jsonStrings(on.out())).contains("2024-10-07", "DF121");
    }

    @Test
    void configAsOfIsTheDayUnlessTheCommandLineNamesAnother() throws IOException {
        Files.writeString(dir.resolve(".bulwark.yaml"), "as-of: 2024-10-07\n");
        Files.writeString(dir.resolve("old.Dockerfile"), CLEAN.replace("python:3.11.9", "python:3.8.18"));
        assertThat(Cli.run(dir, "check", "old.Dockerfile").exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Cli.run(dir, "check", "--as-of", "2024-10-06", "old.Dockerfile").exit()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void aDateThatIsNoDayIsAUsageError() throws IOException {
        Cli.Run cli = Cli.run(dir, "check", "--as-of", "2026-02-30", "clean.Dockerfile");
        assertThat(cli.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("bulwark: command line: --as-of: `2026-02-30` is not a date: "
                + "expected YYYY-MM-DD, as 2026-11-01\n");
        Files.writeString(dir.resolve(".bulwark.yaml"), "as-of: 11/01/2026\n");
        Cli.Run config = Cli.run(dir, "check", "clean.Dockerfile");
        assertThat(config.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(config.err()).isEqualTo("bulwark: .bulwark.yaml:1:8: `as-of`: `11/01/2026` is not a date: "
                + "expected YYYY-MM-DD, as 2026-11-01\n");
    }

    static List<String> jsonStrings(String json) throws IOException {
        List<String> strings = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    strings.add(parser.getText());
                }
            }
        }
        return strings;
    }
}
