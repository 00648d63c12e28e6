package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs whose outcome the command line itself decides (issue 9, "Hostile inputs"):
 * an unreadable file is a finding with its file and line and the other files are still audited
 * (exit 1, never 3); a hostile configuration is a usage error naming file, line and column
 * (exit 2). HostileInputsTest (bulwark-engine) covers the rest through the Auditor.
 */
class HostileInputsCliTest {
    @TempDir
    Path dir;

    @Test
    void unreadableFilesAreFindingsAtTheirLineAndTheRunGoesOn() throws IOException {
        Path big = dir.resolve("big.Dockerfile");
        Files.writeString(big, "FROM python:3.12\n");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        Files.write(dir.resolve("latin1.Dockerfile"), "FROM python:3.12\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:latest\n");
        Cli.Run run = Cli.run(dir, "check", ".");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("big.Dockerfile:1:1: error BW001 unreadable-file: larger than the 4 MiB limit",
                "latin1.Dockerfile:2:1: error BW001 unreadable-file: not valid UTF-8",
                "Dockerfile:1:6: warning DF003");
    }

    @Test
    void hostileConfigurationIsAUsageErrorWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM python:3.12\n");
        StringBuilder bomb = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append('l').append(i).append(": &l").append(i).append(" [").append(("*l" + (i - 1) + ", ").repeat(9))
                    .append("*l").append(i - 1).append("]\n");
        }
        Files.writeString(dir.resolve("bomb.yaml"), bomb);
        Cli.Run aliases = Cli.run(dir, "check", "--config", "bomb.yaml", "Dockerfile");
        assertThat(aliases.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(aliases.err()).contains("bomb.yaml:7:10: invalid YAML: Number of aliases for non-scalar nodes exceeds");
        Files.writeString(dir.resolve("deep.yaml"), "select: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        Cli.Run deep = Cli.run(dir, "check", "--config", "deep.yaml", "Dockerfile");
        assertThat(deep.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(deep.err()).contains("deep.yaml:1:1008: invalid YAML: nesting too deep (more than 1000 levels)");
    }
}
