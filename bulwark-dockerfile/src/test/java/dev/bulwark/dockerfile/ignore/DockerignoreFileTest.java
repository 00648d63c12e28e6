package dev.bulwark.dockerfile.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DockerignoreFileTest {

    static Path vectors() {
        String prop = System.getProperty("bulwark.shared");
        Path shared = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..").resolve("../shared");
        return shared.resolve("spec/dockerignore-vectors.tsv");
    }

    /** The 81 vectors of spec 2.8, each checked with the walk and with MatchesOrParentMatches. */
    @TestFactory
    List<DynamicTest> specVectors() throws IOException {
        Path file = vectors();
        if (!Files.isRegularFile(file)) {
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + file + " not present: skipping the dockerignore vectors");
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not present: skipping the dockerignore vectors");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cols = lines.get(i).split("\t", -1);
            String patterns = cols[0];
            String path = cols[1];
            boolean excluded = Boolean.parseBoolean(cols[2]);
            DockerignoreFile ignore = DockerignoreFile.parse(".dockerignore", String.join("\n", patterns.split(" ; ")));
            tests.add(DynamicTest.dynamicTest("line " + (i + 1) + ": [" + patterns + "] " + path + " -> " + excluded, () -> {
                assertThat(ignore.invalidPatterns()).isEmpty();
                assertThat(ignore.excludes(path)).as("walk").isEqualTo(excluded);
                assertThat(ignore.matchesOrParentMatches(path)).as("MatchesOrParentMatches").isEqualTo(excluded);
            }));
        }
        assertThat(tests).hasSize(81);
        return tests;
    }

    @Test
    void rejectsWhatDockerRejects() {
        for (String bad : List.of("!", "[", "[]a]", "[-]", "[x-]", "[-x]", "[a-b-c]", "[^", "[^bc", "a[", "\\",
                "[Local-Only]/")) {
            assertThat(DockerignoreFile.ofLines(bad).invalidPatterns()).as(bad).hasSize(1);
        }
        assertThat(DockerignoreFile.ofLines("[a-c]", "x\\*", "[\\]]").invalidPatterns()).isEmpty();
    }

    @Test
    void walkAndParentMatchDivergeOnlyOnTheDocumentedCase() {
        DockerignoreFile f = DockerignoreFile.ofLines("a", "!a/b", "a");
        assertThat(f.excludes("a/b")).isFalse();
        assertThat(f.matchesOrParentMatches("a/b")).isTrue();
    }

    @Test
    void readingRules() {
        DockerignoreFile f = DockerignoreFile.parse("x", "\uFEFF# comment\r\n  # not a comment\n\n /build/ \n! /keep\n");
        assertThat(f.patterns()).extracting(IgnorePattern::toString).containsExactly("# not a comment", "build", "!keep");
        assertThat(f.patterns()).extracting(IgnorePattern::line).containsExactly(2, 4, 5);
        assertThat(f.excludes("build/x.o")).isTrue();
        assertThat(f.excludes(".")).isFalse();
        assertThat(DockerignoreFile.ofLines(".").excludes("anything")).isFalse();
        assertThat(DockerignoreFile.normalize("./src/")).isEqualTo("src");
        assertThat(DockerignoreFile.normalize("/")).isEqualTo(".");
        assertThat(DockerignoreFile.ofLines("**").ignoresEverything()).isTrue();
    }
}
