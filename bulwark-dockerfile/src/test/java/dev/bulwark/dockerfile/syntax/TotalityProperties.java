package dev.bulwark.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The parser is total and lossless (spec 1.1; ARCHITECTURE "the source text is the truth"):
 * whatever the input, no exception, the tokens tile it, and every range lies inside it.
 */
class TotalityProperties {
    private static final List<String> FRAGMENTS = List.of("\\", "\\\n", "`", "<<EOF", "<<-EOF", "<<'E'", "EOF",
            "[", "]", "\"", "'", "\r\n", "\n", "\uFEFF", "\t", " ", "#", "# escape=`\n", "# syntax=x\n", "--", "--mount=",
            "=", ",", "{", "}", "$", "\n\n", "ONBUILD ", "RUN ", "COPY ", "FROM ", "HEALTHCHECK ", "ENV ", "ARG ",
            "\u00a0", "\u2028", "\0", "\ud800");

    @Property(tries = 300)
    void arbitraryStrings(@ForAll String text) {
        check(text);
    }

    @Property(tries = 500)
    void dockerfileAlphabet(@ForAll("alphabetSoup") String text) {
        check(text);
    }

    @Property(tries = 500)
    void generatedAndMutatedDockerfiles(@ForAll("mutatedGenerated") String text) {
        check(text);
    }

    @Property(tries = 300)
    @AddLifecycleHook(SkipWithoutCorpus.class)
    void mutatedCorpusFiles(@ForAll("mutatedCorpus") String text) {
        check(text);
    }

    @Example
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

    @Provide
    Arbitrary<String> alphabetSoup() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts))
                .map(s -> s.replace("\0", "a"));
    }

    @Provide
    Arbitrary<String> mutatedGenerated() {
        return mutate(generated());
    }

    @Provide
    Arbitrary<String> mutatedCorpus() {
        List<String> texts = Corpus.sharedDir().map(Corpus::dockerfiles).orElse(List.of()).stream()
                .map(Corpus.Entry::text).toList();
        return mutate(Arbitraries.of(texts.isEmpty() ? List.of("FROM a\n") : texts));
    }

    /** A grammar of plausible instruction lines, with continuations, comments and heredocs. */
    private static Arbitrary<String> generated() {
        Arbitrary<String> word = Arbitraries.of("python:3.12", "/app", "\"a b\"", "'x'", "$VAR", "${V:-d}", "a=b",
                "k=\"v w\"", "--link", "--mount=type=cache,target=/c", "--from=build", "&&", "|", "AS", "stage",
                "[\"a\", \"b\"]", "['a']", "<<EOF", "<<-'T'", "3<<X", "--platform=linux/amd64", "--", "#", "c:\\");
        Arbitrary<String> keyword = Arbitraries.of("FROM", "RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK",
                "HEALTHCHECK CMD", "HEALTHCHECK NONE", "COPY", "ADD", "ENV", "LABEL", "ARG", "EXPOSE", "VOLUME",
                "USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER", "ONBUILD RUN", "ONBUILD COPY", "run", "Foo");
        Arbitrary<String> separator = Arbitraries.of(" ", "  ", "\t", " \\\n  ", " \\\n# c\n ", " \\\n\n ");
        Arbitrary<String> instruction = Combinators.combine(keyword, word.list().ofMaxSize(5), separator)
                .as((k, words, sep) -> k + " " + String.join(sep, words));
        Arbitrary<String> line = Arbitraries.oneOf(instruction, instruction, instruction,
                Arbitraries.of("# comment", "#", "", "   ", "# escape=`", "# syntax=docker/dockerfile:1", "EOF", "\tT",
                        "X", "echo body"));
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(line.list().ofMaxSize(25), newline, Arbitraries.of("", "\uFEFF"))
                .as((lines, nl, bom) -> bom + String.join(nl, lines) + nl);
    }

    /** Inserts fragments and deletes characters at random places. */
    private static Arbitrary<String> mutate(Arbitrary<String> base) {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.of(FRAGMENTS), Arbitraries.integers().between(0, 3))
                .as(Mutation::new);
        return Combinators.combine(base, mutation.list().ofMaxSize(8)).as((text, mutations) -> {
            String s = text;
            for (Mutation m : mutations) {
                s = m.apply(s);
            }
            return s;
        });
    }

    private record Mutation(int position, String fragment, int delete) {
        String apply(String s) {
            int at = s.isEmpty() ? 0 : position % (s.length() + 1);
            int end = Math.min(s.length(), at + delete);
            return s.substring(0, at) + fragment + s.substring(end);
        }
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
