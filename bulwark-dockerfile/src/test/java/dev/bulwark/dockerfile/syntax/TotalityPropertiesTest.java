package dev.bulwark.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser is total and lossless (spec 1.1; ARCHITECTURE "the source text is the truth"):
 * whatever the input, no exception, the tokens tile it, and every range lies inside it.
 */
class TotalityPropertiesTest {
    private static final List<String> FRAGMENTS = List.of("\\", "\\\n", "`", "<<EOF", "<<-EOF", "<<'E'", "EOF",
            "[", "]", "\"", "'", "\r\n", "\n", "\uFEFF", "\t", " ", "#", "# escape=`\n", "# syntax=x\n", "--", "--mount=",
            "=", ",", "{", "}", "$", "\n\n", "ONBUILD ", "RUN ", "COPY ", "FROM ", "HEALTHCHECK ", "ENV ", "ARG ",
            "\u00a0", "\u2028", "\0", "\ud800");

    private static final List<String> WORDS = List.of("python:3.12", "/app", "\"a b\"", "'x'", "$VAR", "${V:-d}",
            "a=b", "k=\"v w\"", "--link", "--mount=type=cache,target=/c", "--from=build", "&&", "|", "AS", "stage",
            "[\"a\", \"b\"]", "['a']", "<<EOF", "<<-'T'", "3<<X", "--platform=linux/amd64", "--", "#", "c:\\");
    private static final List<String> KEYWORDS = List.of("FROM", "RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK",
            "HEALTHCHECK CMD", "HEALTHCHECK NONE", "COPY", "ADD", "ENV", "LABEL", "ARG", "EXPOSE", "VOLUME",
            "USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER", "ONBUILD RUN", "ONBUILD COPY", "run", "Foo");
    private static final List<String> SEPARATORS = List.of(" ", "  ", "\t", " \\\n  ", " \\\n# c\n ", " \\\n\n ");
    private static final List<String> OTHER_LINES = List.of("# comment", "#", "", "   ", "# escape=`",
            "# syntax=docker/dockerfile:1", "EOF", "\tT", "X", "echo body");

    private static List<Corpus.Entry> corpus = List.of();

    @BeforeAll
    static void readCorpus() {
        corpus = Corpus.sharedDir().map(Corpus::dockerfiles).orElse(List.of());
    }

    @SeededProperty(cases = 300)
    void arbitraryStrings(long seed) {
        check(SeededInputs.of(seed).anyString(255));
    }

    @SeededProperty(cases = 500)
    void dockerfileAlphabet(long seed) {
        check(SeededInputs.of(seed).fragments(60, FRAGMENTS).replace("\0", "a"));
    }

    @SeededProperty(cases = 500)
    void generatedAndMutatedDockerfiles(long seed) {
        SeededInputs in = SeededInputs.of(seed);
        check(mutate(in, generated(in)));
    }

    @SeededProperty(cases = 300)
    void mutatedCorpusFiles(long seed) {
        if (corpus.isEmpty()) {
            String skipped = "../shared not present: skipping corpus mutations";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        SeededInputs in = SeededInputs.of(seed);
        check(mutate(in, in.pick(corpus).text()));
    }

    @Test
    void pathologicalInputs() {
        check("RUN " + "x".repeat(1_000_000));
        check("FROM a\nRUN <<EOF\n" + "line\n".repeat(10_000));
        check("FROM a\nCMD " + "[".repeat(50_000));
        check("FROM a\nONBUILD " + "ONBUILD ".repeat(50_000) + "RUN x");
        check("FROM a\n" + "\\\n".repeat(20_000));
        check("FROM a\nRUN <<EOF <<EOF <<EOF\n");
        check("FROM a\nCOPY " + "<<A ".repeat(100_000) + "/d\n" + "A\n".repeat(100_000));
        check("FROM a\nRUN --mount=" + ",".repeat(100_000) + " " + "--x ".repeat(50_000));
        check("\uFEFF");
        check("\r\r\r\n\r");
        StringBuilder junk = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 100_000; i++) {
            junk.append((char) random.nextInt(0x10000));
        }
        check(junk.toString());
    }

    /** A grammar of plausible instruction lines, with continuations, comments and heredocs. */
    private static String generated(SeededInputs in) {
        String newline = in.pick("\n", "\r\n");
        String bom = in.pick("", "\uFEFF");
        List<String> lines = in.list(25, () -> in.between(0, 3) < 3 ? instruction(in) : in.pick(OTHER_LINES));
        return bom + String.join(newline, lines) + newline;
    }

    private static String instruction(SeededInputs in) {
        String keyword = in.pick(KEYWORDS);
        List<String> words = in.list(5, () -> in.pick(WORDS));
        return keyword + " " + String.join(in.pick(SEPARATORS), words);
    }

    /** Up to eight times: insert a fragment at a random place, deleting up to three characters there. */
    private static String mutate(SeededInputs in, String text) {
        String s = text;
        int mutations = in.size(8);
        for (int i = 0; i < mutations; i++) {
            int at = s.isEmpty() ? 0 : in.between(0, Integer.MAX_VALUE) % (s.length() + 1);
            int end = Math.min(s.length(), at + in.between(0, 3));
            s = s.substring(0, at) + in.pick(FRAGMENTS) + s.substring(end);
        }
        return s;
    }

    private static void check(String text) {
        Dockerfile file = DockerfileParser.parse(new SourceText("Dockerfile", text));
        Fixtures.assertTiles(file);
        TextRange all = new TextRange(0, text.length());
        for (Instruction i : file.instructions()) {
            assertThat(all.contains(i.range())).isTrue();
            assertThat(i.range().contains(i.keywordRange())).isTrue();
            assertThat(i.startLine()).isLessThanOrEqualTo(i.endLine());
            for (Flag f : i.flags()) {
                assertThat(i.range().contains(f.range())).isTrue();
            }
            for (Heredoc h : i.heredocs()) {
                assertThat(all.contains(h.terminatorRange())).isTrue();
            }
        }
        for (SyntaxProblem p : file.problems()) {
            assertThat(all.contains(p.range())).isTrue();
        }
    }
}
