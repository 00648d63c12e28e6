package dev.bulwark.dockerfile.syntax;

import static dev.bulwark.dockerfile.syntax.Fixtures.messages;
import static dev.bulwark.dockerfile.syntax.Fixtures.only;
import static dev.bulwark.dockerfile.syntax.Fixtures.parse;
import static dev.bulwark.dockerfile.syntax.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.Dockerfile;
import org.junit.jupiter.api.Test;

/** Spec 1.1 (input and lines), 1.2 (directives), 1.3 (comments). */
class InputAndDirectivesTest {

    @Test
    void spec1_1_crlfBehavesLikeLf() {
        Dockerfile lf = parse("FROM a\nRUN echo \\\n  hi\n");
        Dockerfile crlf = parse("FROM a\r\nRUN echo \\\r\n  hi\r\n");
        assertThat(Fixtures.shellText(only(crlf, RunInstruction.class).command()))
                .isEqualTo(Fixtures.shellText(only(lf, RunInstruction.class).command()))
                .isEqualTo("echo   hi");
        assertThat(crlf.tokens()).filteredOn(t -> t.kind() == TokenKind.NEWLINE)
                .allSatisfy(t -> assertThat(slice(crlf, t.range())).isEqualTo("\r\n"));
    }

    @Test
    void spec1_1_bomIsItsOwnTokenAndDoesNotHideADirective() {
        Dockerfile file = parse("\uFEFF# escape=`\nFROM a\n");
        assertThat(file.tokens().get(0).kind()).isEqualTo(TokenKind.BOM);
        assertThat(file.escapeChar()).isEqualTo('`');
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_1_lineLongerThan65535BytesIsAProblem() {
        Dockerfile file = parse("FROM a\nRUN echo " + "x".repeat(70_000) + "\n");
        assertThat(messages(file)).containsExactly("dockerfile line greater than max allowed size of 65535");
        assertThat(file.source().location(file.problems().get(0).range()).line()).isEqualTo(2);
        assertThat(messages(parse("FROM a\nRUN " + "x".repeat(65_000) + "\n"))).isEmpty();
    }

    @Test
    void spec1_1_emptyFileAndFileWithoutInstructions() {
        assertThat(messages(parse(""))).containsExactly("the Dockerfile cannot be empty");
        assertThat(messages(parse("# only a comment\n\n"))).containsExactly("file with no instructions");
    }

    @Test
    void spec1_1_leadingWhitespaceBeforeInstructionsAndComments() {
        Dockerfile file = parse("  \t# c\n   FROM a\n\tRUN x\n");
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN");
        assertThat(slice(file, file.instructions().get(0).range())).isEqualTo("FROM a");
        assertThat(file.instructions().get(0).comments()).extracting(Comment::text).containsExactly("c");
    }

    @Test
    void spec1_1_startAndEndLinesIncludeContinuationsAndHeredocs() {
        Dockerfile file = parse("FROM a\nRUN a \\\n b\nRUN <<EOF\nx\nEOF\nUSER u\n");
        assertThat(file.instructions()).extracting(Instruction::startLine).containsExactly(1, 2, 4, 7);
        assertThat(file.instructions()).extracting(Instruction::endLine).containsExactly(1, 3, 6, 7);
        assertThat(slice(file, file.instructions().get(2).range())).isEqualTo("RUN <<EOF\nx\nEOF");
    }

    @Test
    void spec1_2_directivesOfTheLeadingBlock() {
        Dockerfile file = parse("# syntax = docker/dockerfile:1.7 opts\n#ESCAPE=`\n# check=skip=all;error=true\nFROM a\n");
        assertThat(file.directives()).extracting(Directive::key).containsExactly("syntax", "escape", "check");
        assertThat(file.directive("syntax").orElseThrow().value()).isEqualTo("docker/dockerfile:1.7 opts");
        assertThat(slice(file, file.directive("escape").orElseThrow().valueRange())).isEqualTo("`");
        assertThat(file.escapeChar()).isEqualTo('`');
        assertThat(file.problems()).isEmpty();
        assertThat(file.comments()).isEmpty();
        assertThat(file.tokens()).filteredOn(t -> t.kind() == TokenKind.DIRECTIVE).hasSize(3);
    }

    @Test
    void spec1_2_scanningStopsAtTheFirstNonDirectiveLine() {
        assertThat(parse("\n# escape=`\nFROM a\n").escapeChar()).isEqualTo('\\');
        assertThat(parse("# hello\n# escape=`\nFROM a\n").escapeChar()).isEqualTo('\\');
        Dockerfile unknown = parse("# foo=bar\n# escape=`\nFROM a\n");
        assertThat(unknown.directives()).isEmpty();
        assertThat(unknown.escapeChar()).isEqualTo('\\');
        assertThat(unknown.comments()).extracting(Comment::text).containsExactly("foo=bar", "escape=`");
        Dockerfile after = parse("FROM a\n# escape=x\n# escape=y\n");
        assertThat(after.problems()).isEmpty();
    }

    @Test
    void spec1_2_shebangIsAnOrdinaryCommentAndEndsTheBlock() {
        Dockerfile file = parse("#!/usr/bin/env docker\n# escape=`\nFROM a\n");
        assertThat(file.directives()).isEmpty();
        assertThat(file.escapeChar()).isEqualTo('\\');
    }

    @Test
    void spec1_2_duplicateAndInvalidDirectives() {
        Dockerfile dup = parse("# syntax=a\n# SYNTAX=b\nFROM a\n");
        assertThat(messages(dup)).containsExactly("only one syntax parser directive can be used");
        assertThat(dup.directive("syntax").orElseThrow().value()).isEqualTo("a");
        Dockerfile esc = parse("# escape=x\nFROM a\n");
        assertThat(messages(esc)).containsExactly("invalid escape token 'x' does not match ` or \\");
        assertThat(slice(esc, esc.problems().get(0).range())).isEqualTo("x");
        assertThat(messages(parse("# check=skip\nFROM a\n"))).hasSize(1);
        assertThat(messages(parse("# check=bogus=1\nFROM a\n"))).hasSize(1);
        assertThat(messages(parse("# check=error=maybe\nFROM a\n"))).hasSize(1);
        assertThat(messages(parse("# check=skip=A,B;error=True;experimental=all extra\nFROM a\n"))).isEmpty();
    }

    @Test
    void spec1_2_directiveWithoutValueIsAComment() {
        Dockerfile file = parse("# escape=\nFROM a\n");
        assertThat(file.directives()).isEmpty();
        assertThat(file.comments()).hasSize(1);
    }

    @Test
    void spec1_3_commentBlockAboveAnInstruction() {
        Dockerfile file = parse("# syntax=x\n# first\n\n# second\nFROM a\n# not attached\n#\n# after reset\nRUN x\n");
        assertThat(file.instructions().get(0).comments()).extracting(Comment::text).containsExactly("first", "second");
        assertThat(file.instructions().get(1).comments()).extracting(Comment::text).containsExactly("after reset");
        assertThat(slice(file, file.instructions().get(1).comments().get(0).range())).isEqualTo("# after reset");
    }

    @Test
    void spec1_3_hashInsideArgumentsIsText() {
        Dockerfile file = parse("FROM a\nRUN echo # not a comment\n");
        assertThat(Fixtures.shellText(only(file, RunInstruction.class).command())).isEqualTo("echo # not a comment");
        assertThat(file.comments()).isEmpty();
    }

    @Test
    void spec1_3_commentsDoNotContinue() {
        Dockerfile file = parse("FROM a\n# comment \\\nRUN x\n");
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN");
        assertThat(file.instructions().get(1).comments()).extracting(Comment::text).containsExactly("comment \\");
    }
}
