package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: dispatch, help, version, and the exact shape of usage errors. */
class CommandLineTest {
    private static final String LATEST = "FROM python:latest\nUSER 10001\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("latest.Dockerfile"), LATEST);
    }

    private void assertUsageError(Cli.Run run, String message, String command) {
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("bulwark: " + message + "\nTry '" + command + " --help' for more information.\n");
    }

    @Test
    void unknownCommandSuggestsTheClosestOrListsThem() {
        assertUsageError(Cli.run(dir, "chek", "."), "Unknown command: 'chek'; did you mean `check`?", "bulwark");
        assertUsageError(Cli.run(dir, "rule"), "Unknown command: 'rule'; did you mean `rules`?", "bulwark");
        assertUsageError(Cli.run(dir, "deploy"),
                "Unknown command: 'deploy' (commands: check, fix, baseline, init, rules, explain, migrate)", "bulwark");
    }

    @Test
    void missingCommand() {
        assertUsageError(Cli.run(dir), "Missing a command: check, fix, baseline, init, rules, explain or migrate", "bulwark");
        assertUsageError(Cli.run(dir, "--debug"), "Missing a command: check, fix, baseline, init, rules, explain or migrate", "bulwark");
    }

    @Test
    void usageErrorsNameTheSubcommandsHelp() {
        assertUsageError(Cli.run(dir, "check", "--formt", "json"), "Unknown option: '--formt'; did you mean `--format`?",
                "bulwark check");
        assertUsageError(Cli.run(dir, "check", "--threads", "0", "latest.Dockerfile"), "--threads must be at least 1, not 0",
                "bulwark check");
        assertUsageError(Cli.run(dir, "rules", "--format", "yaml"),
                "Invalid value for option '--format': expected one of table, json but was 'yaml'", "bulwark rules");
        assertUsageError(Cli.run(dir, "explain"), "Missing required parameter: 'CODE|NAME'", "bulwark explain");
        assertUsageError(Cli.run(dir, "--verbose", "check"), "Unknown option: '--verbose'", "bulwark");
    }

    @Test
    void helpIsAvailableEverywhereAndExitsZero() {
        Cli.Run top = Cli.run(dir, "-h");
        assertThat(top.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(top.out()).isEqualTo(new HelpFormatter().format(BulwarkCommand.SPEC));
        assertThat(top.err()).isEmpty();
        for (CommandSpec spec : BulwarkCommand.SPEC.subcommands()) {
            for (String flag : new String[] {"--help", "-h"}) {
                Cli.Run run = Cli.run(dir, spec.word(), flag);
                assertThat(run.exit()).as(spec.word()).isEqualTo(ExitCodes.CLEAN);
                assertThat(run.out()).isEqualTo(new HelpFormatter().format(spec));
            }
        }
        // The help wins even where arguments are missing or the rule is unknown.
        assertThat(Cli.run(dir, "explain", "no-such-rule", "--help").exit()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void versionIsAvailableEverywhere() {
        String line = "bulwark " + VersionProvider.version() + "\n";
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"check", "--version"}, {"rules", "-V"}, {"explain", "--version"}}) {
            Cli.Run run = Cli.run(dir, args);
            assertThat(run.exit()).isEqualTo(ExitCodes.CLEAN);
            assertThat(run.out()).isEqualTo(line);
        }
    }

    @Test
    void debugIsAcceptedBeforeAndAfterTheCommand() {
        assertThat(Cli.run(dir, "--debug", "check", "latest.Dockerfile").exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Cli.run(dir, "check", "latest.Dockerfile", "--debug").exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Cli.run(dir, "explain", "--debug", "DF003").exit()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void optionFormsReachTheCommand() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format=JSON", "-o=report.json", "--select", "DF009", "--select=latest-tag",
                "--fail-on=Error", "--", "latest.Dockerfile");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).isEmpty();
        assertThat(CheckCommandTest.jsonStrings(Files.readString(dir.resolve("report.json")))).contains("DF003");
        Cli.Run listed = Cli.run(dir, "check", "--select", "DF009,root-user", "-ofindings.txt", "latest.Dockerfile");
        assertThat(listed.exit()).isEqualTo(ExitCodes.CLEAN);
        assertThat(Files.readString(dir.resolve("findings.txt"))).doesNotContain("DF003");
    }

    @Test
    void aPathThatLooksLikeAnOptionNeedsTheDoubleDash() throws IOException {
        Files.writeString(dir.resolve("-odd.Dockerfile"), LATEST);
        // Without it, -odd.Dockerfile is -o with the attached value dd.Dockerfile: the report goes there.
        Cli.Run attached = Cli.run(dir, "check", "-odd.Dockerfile");
        assertThat(attached.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("dd.Dockerfile"))).contains("latest.Dockerfile");
        Files.delete(dir.resolve("dd.Dockerfile"));
        Cli.Run run = Cli.run(dir, "check", "--", "-odd.Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("-odd.Dockerfile:1:6");
    }
}
