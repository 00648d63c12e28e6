package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format FORMAT[:FILE]}, repeatable, with {@code -o}; and progress never shown off a terminal. */
class ReportFormatsCliTest {
    private static final String LATEST = "FROM python:latest\nUSER 10001\nENV PYTHONUNBUFFERED=1\n"
            + "HEALTHCHECK CMD [\"python\", \"-c\", \"print(1)\"]\nCMD [\"python\", \"-m\", \"http.server\"]\n";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), LATEST);
    }

    @Test
    void severalFormatsInOneRun() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format", "sarif:out/bulwark.sarif", "--format", "text",
                "--format", "junit:junit.xml", "--format=html:report.html", "--format", "gitlab:cq.json",
                "--format", "github:gh.txt", "--format", "checkstyle:cs.xml", "--format", "json:r.json", "Dockerfile");
        // out/ does not exist: a file that cannot be written is a usage error, after the others.
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("out/bulwark.sarif: cannot write");
        Files.createDirectories(dir.resolve("out"));
        run = Cli.run(dir, "check", "--format", "sarif:out/bulwark.sarif", "--format", "text",
                "--format", "junit:junit.xml", "--format=html:report.html", "--format", "gitlab:cq.json",
                "--format", "github:gh.txt", "--format", "checkstyle:cs.xml", "--format", "json:r.json", "Dockerfile");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("Dockerfile:1:6").contains("DF003");
        assertThat(Files.readString(dir.resolve("out/bulwark.sarif"))).contains("\"version\": \"2.1.0\"").contains("DF003");
        assertThat(Files.readString(dir.resolve("junit.xml"))).startsWith("<?xml").contains("<failure");
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>").contains("DF003");
        assertThat(Files.readString(dir.resolve("cq.json"))).contains("\"check_name\": \"DF003 latest-tag\"");
        assertThat(Files.readString(dir.resolve("gh.txt"))).startsWith("::warning file=Dockerfile,line=1,col=6");
        assertThat(Files.readString(dir.resolve("cs.xml"))).contains("source=\"bulwark.DF003.latest-tag\"");
        assertThat(CheckCommandTest.jsonSummary(Files.readString(dir.resolve("r.json")))).containsEntry("warning", 1L);
    }

    @Test
    void outputStillTakesTheSingleFormat() throws IOException {
        Cli.Run run = Cli.run(dir, "check", "--format", "checkstyle", "-o", "cs.xml", "Dockerfile");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("cs.xml"))).contains("<checkstyle");
        // -o takes the one format without a file; the others name theirs.
        run = Cli.run(dir, "check", "--format", "json", "--format", "html:r.html", "-o", "r.json", "Dockerfile");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"findings\"");
        assertThat(Files.readString(dir.resolve("r.html"))).contains("<html");
    }

    @Test
    void conflictsAreUsageErrors() {
        Cli.Run two = Cli.run(dir, "check", "--format", "text", "--format", "json", "Dockerfile");
        assertThat(two.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(two.err()).contains("two or more formats to standard output (text, json)").contains("--format json:FILE");
        assertThat(two.out()).isEmpty();
        Cli.Run sameFile = Cli.run(dir, "check", "--format", "json:r", "--format", "sarif:./r", "Dockerfile");
        assertThat(sameFile.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(sameFile.err()).contains("two formats to one file: ./r");
        Cli.Run nothingForO = Cli.run(dir, "check", "--format", "json:r.json", "-o", "x", "Dockerfile");
        assertThat(nothingForO.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(nothingForO.err()).contains("-o x has no format to write");
        Cli.Run twoToO = Cli.run(dir, "check", "--format", "json", "--format", "text", "-o", "x", "Dockerfile");
        assertThat(twoToO.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(twoToO.err()).contains("two or more formats to -o x");
        Cli.Run unknown = Cli.run(dir, "check", "--format", "xml:a", "Dockerfile");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("expected one of text, json, sarif, html, junit, gitlab, github, checkstyle");
        Cli.Run noFile = Cli.run(dir, "check", "--format", "json:", "Dockerfile");
        assertThat(noFile.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("no file after 'json:'");
    }

    @Test
    void noProgressWhenStderrIsNotATerminal() throws IOException {
        for (int i = 0; i < 30; i++) {
            Files.writeString(dir.resolve("svc" + i + ".Dockerfile"), LATEST);
        }
        Cli.Run run = Cli.run(dir, "check", "--threads", "1", ".");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("files done").doesNotContain(" / 31 files").doesNotContain("\r");
    }
}
