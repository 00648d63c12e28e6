package dev.bulwark.dockerfile.syntax;

import static dev.bulwark.dockerfile.syntax.Fixtures.messages;
import static dev.bulwark.dockerfile.syntax.Fixtures.only;
import static dev.bulwark.dockerfile.syntax.Fixtures.parse;
import static dev.bulwark.dockerfile.syntax.Fixtures.shellText;
import static dev.bulwark.dockerfile.syntax.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import org.junit.jupiter.api.Test;

/** Spec 1.4 (line continuation) and 1.5 (splitting the line, flags). */
class ContinuationAndFlagsTest {

    @Test
    void spec1_4_continuationJoinsLinesAndMapsBack() {
        String text = "FROM a\nRUN apt-get update && \\\n    apt-get install -y curl\n";
        Dockerfile file = parse(text);
        MappedText shell = ((ShellForm) only(file, RunInstruction.class).command()).text();
        assertThat(shell.text()).isEqualTo("apt-get update &&     apt-get install -y curl");
        int curl = shell.text().indexOf("curl");
        TextRange src = shell.toSource(curl, curl + 4);
        assertThat(slice(file, src)).isEqualTo("curl");
        assertThat(file.source().location(src).line()).isEqualTo(3);
        assertThat(file.tokens()).filteredOn(t -> t.kind() == TokenKind.CONTINUATION)
                .extracting(t -> slice(file, t.range())).containsExactly("\\");
    }

    @Test
    void spec1_4_continuationMarkerMayBeFollowedByBlanks() {
        Dockerfile file = parse("FROM a\nRUN a\\ \t\nb\n");
        assertThat(shellText(only(file, RunInstruction.class).command())).isEqualTo("ab");
    }

    @Test
    void spec1_4_doubledEscapeDoesNotContinue() {
        Dockerfile file = parse("FROM a\nENV C trailing\\\\backslash\\\\\nRUN x\n");
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "ENV", "RUN");
        assertThat(only(file, EnvInstruction.class).pairs().get(0).value()).isEqualTo("trailing\\\\backslash\\\\");
        // The code notes a third escape is still not a continuation: the regex needs a non-escape before it.
        Dockerfile triple = parse("FROM a\nRUN foo\\\\\\\nUSER x\n");
        assertThat(triple.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "USER");
    }

    @Test
    void spec1_4_loneEscapeLineContributesNothing() {
        Dockerfile file = parse("FROM a\nRUN echo hello\\\n\\\nworld\n");
        assertThat(shellText(only(file, RunInstruction.class).command())).isEqualTo("echo helloworld");
    }

    @Test
    void spec1_4_commentAndBlankLinesInsideAContinuationAreDropped() {
        Dockerfile file = parse("FROM a\nRUN echo a \\\n# comment \\\n\n   \n  && echo b\nUSER x\n");
        RunInstruction run = only(file, RunInstruction.class);
        assertThat(shellText(run.command())).isEqualTo("echo a   && echo b");
        assertThat(run.header().emptyContinuationLines()).hasSize(2);
        assertThat(file.comments()).extracting(Comment::text).containsExactly("comment \\");
        assertThat(run.comments()).isEmpty();
        assertThat(run.endLine()).isEqualTo(6);
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "USER");
    }

    @Test
    void spec1_4_continuationAtEndOfFile() {
        Dockerfile file = parse("FROM a\nRUN echo \\");
        assertThat(shellText(only(file, RunInstruction.class).command())).isEqualTo("echo");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_4_leadingWhitespaceOfContinuationLinesIsKept() {
        Dockerfile file = parse("FROM a\nRUN echo hello\\\n  world\n");
        assertThat(shellText(only(file, RunInstruction.class).command())).isEqualTo("echo hello  world");
    }

    @Test
    void spec1_4_backtickEscape() {
        Dockerfile file = parse("# escape=`\nFROM a\nCOPY testfile.txt c:\\\nRUN dir c:\\ `\n  /w\n");
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "COPY", "RUN");
        assertThat(only(file, CopyInstruction.class).destination().orElseThrow().text()).isEqualTo("c:\\");
        assertThat(shellText(only(file, RunInstruction.class).command())).isEqualTo("dir c:\\   /w");
    }

    @Test
    void spec1_4_windowsPathWithDefaultEscapeJoinsLines() {
        Dockerfile file = parse("FROM a\nCOPY testfile.txt c:\\\nRUN dir c:\\\n");
        assertThat(file.instructions()).hasSize(2);
        CopyInstruction copy = only(file, CopyInstruction.class);
        assertThat(copy.sources()).extracting(Word::text).containsExactly("testfile.txt", "c:RUN", "dir");
        assertThat(copy.destination().orElseThrow().text()).isEqualTo("c:");
    }

    @Test
    void spec1_5_keywordsAreCaseInsensitive() {
        Dockerfile file = parse("from a\nRun echo\nwOrKdIr /x\n");
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "WORKDIR");
        assertThat(file.instructions()).extracting(Instruction::keywordText).containsExactly("from", "Run", "wOrKdIr");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_5_flagsUntilTheFirstOtherWord() {
        Dockerfile file = parse("FROM a\nCOPY --chown=1:1 --link src --notaflag /dst/\n");
        CopyInstruction copy = only(file, CopyInstruction.class);
        assertThat(copy.flags()).extracting(Flag::name).containsExactly("chown", "link");
        assertThat(copy.flag("chown").orElseThrow().value()).contains("1:1");
        assertThat(copy.flag("link").orElseThrow().value()).isEmpty();
        assertThat(copy.sources()).extracting(Word::text).containsExactly("src", "--notaflag");
        Flag chown = copy.flag("chown").orElseThrow();
        assertThat(slice(file, chown.range())).isEqualTo("--chown=1:1");
        assertThat(slice(file, chown.nameRange())).isEqualTo("chown");
        assertThat(slice(file, chown.valueRange())).isEqualTo("1:1");
        assertThat(file.tokens()).filteredOn(t -> t.kind() == TokenKind.FLAG).hasSize(2);
    }

    @Test
    void spec1_5_doubleDashEndsFlags() {
        Dockerfile file = parse("FROM a\nCOPY --link -- --foo /tmp/\n");
        CopyInstruction copy = only(file, CopyInstruction.class);
        assertThat(copy.flags()).extracting(Flag::name).containsExactly("link");
        assertThat(copy.sources()).extracting(Word::text).containsExactly("--foo");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_5_quotesAndEscapesInFlagWords() {
        Dockerfile file = parse("FROM a\nRUN --mount=\"type=cache,target=/x y\" --network=n\\one echo\n");
        RunInstruction run = only(file, RunInstruction.class);
        assertThat(run.flag("mount").orElseThrow().value()).contains("type=cache,target=/x y");
        assertThat(run.network()).contains("none");
        assertThat(run.mounts()).singleElement().satisfies(m -> assertThat(m.target()).contains("/x y"));
        assertThat(shellText(run.command())).isEqualTo("echo");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_5_flagsAreExtractedForEveryInstruction() {
        Dockerfile file = parse("FROM a\nCMD --doit [ \"a\", \"b\" ]\n");
        CmdInstruction cmd = only(file, CmdInstruction.class);
        assertThat(cmd.flags()).extracting(Flag::name).containsExactly("doit");
        assertThat(Fixtures.execValues(cmd.command())).containsExactly("a", "b");
        assertThat(messages(file)).containsExactly("unknown flag: --doit");
    }

    @Test
    void spec1_5_flagErrors() {
        assertThat(messages(parse("FROM a\nCOPY --form=x a b\n"))).containsExactly("unknown flag: --form (did you mean from?)");
        assertThat(messages(parse("FROM a\nCOPY --from=x --from=y a b\n"))).containsExactly("duplicate flag specified: --from");
        assertThat(messages(parse("FROM a\nCOPY --exclude=x --exclude=y a b\n"))).isEmpty();
        assertThat(messages(parse("FROM a\nCOPY --from a b\n"))).containsExactly("missing a value on flag: --from");
        assertThat(messages(parse("FROM a\nCOPY --link= a b\n"))).containsExactly("missing a value on flag: --link");
        assertThat(messages(parse("FROM a\nCOPY --link=yes a b\n"))).containsExactly("expecting boolean value for flag --link, not: yes");
        assertThat(messages(parse("FROM a\nCOPY --link=TRUE --parents=False a b/\n"))).isEmpty();
        assertThat(messages(parse("FROM a\nCOPY --Link a b\n"))).hasSize(1);
        assertThat(messages(parse("FROM --platform= a\n"))).isEmpty();
    }

    @Test
    void spec1_5_flagsOnArgStopsignalAndHealthcheckNoneAreNotValidated() {
        assertThat(messages(parse("ARG --foo X\nFROM a\nSTOPSIGNAL --bar SIGTERM\nHEALTHCHECK --baz NONE\n"))).isEmpty();
        assertThat(messages(parse("FROM a\nHEALTHCHECK --baz CMD true\n"))).containsExactly("unknown flag: --baz");
    }
}
