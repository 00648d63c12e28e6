package dev.bulwark.dockerfile.syntax;

import static dev.bulwark.dockerfile.syntax.Fixtures.messages;
import static dev.bulwark.dockerfile.syntax.Fixtures.only;
import static dev.bulwark.dockerfile.syntax.Fixtures.parse;
import static dev.bulwark.dockerfile.syntax.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.Dockerfile;
import org.junit.jupiter.api.Test;

/** Spec 1.7: heredocs. */
class HeredocTest {

    @Test
    void spec1_7_runHeredocBodyAndTerminator() {
        Dockerfile file = parse("FROM a\nRUN <<EOF\n#!/bin/sh\necho \\\nEOF\nUSER x\n");
        RunInstruction run = only(file, RunInstruction.class);
        Heredoc h = run.heredocs().get(0);
        assertThat(h.delimiter()).isEqualTo("EOF");
        assertThat(h.body().text()).isEqualTo("#!/bin/sh\necho \\\n");
        assertThat(slice(file, h.markerRange())).isEqualTo("<<EOF");
        assertThat(slice(file, h.terminatorRange())).isEqualTo("EOF");
        assertThat(h.quoted()).isFalse();
        assertThat(h.chomp()).isFalse();
        assertThat(h.fd()).isEmpty();
        assertThat(file.source().location(h.body().toSource(h.body().text().indexOf("echo"), 15)).line()).isEqualTo(4);
        assertThat(file.comments()).isEmpty();
        assertThat(file.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "USER");
        assertThat(file.tokens()).extracting(Token::kind).contains(TokenKind.HEREDOC_MARKER,
                TokenKind.HEREDOC_BODY, TokenKind.HEREDOC_TERMINATOR);
    }

    @Test
    void spec1_7_severalHeredocsOnOneLineInOrder() {
        Dockerfile file = parse("FROM a\nCOPY <<FILE1 <<FILE2 /dest/\none\nFILE1\ntwo\nFILE2\n");
        CopyInstruction copy = only(file, CopyInstruction.class);
        assertThat(copy.heredocs()).extracting(Heredoc::delimiter).containsExactly("FILE1", "FILE2");
        assertThat(copy.heredocs()).extracting(h -> h.body().text()).containsExactly("one\n", "two\n");
        assertThat(copy.sources()).isEmpty();
        assertThat(copy.destination().orElseThrow().text()).isEqualTo("/dest/");
        assertThat(copy.endLine()).isEqualTo(6);
        Dockerfile run = parse("FROM a\nRUN <<A cat > a && <<B cat > b\nx\nA\ny\nB\n");
        assertThat(only(run, RunInstruction.class).heredocs()).extracting(Heredoc::delimiter).containsExactly("A", "B");
    }

    @Test
    void spec1_7_chompStripsLeadingTabsOnly() {
        Dockerfile file = parse("FROM a\nRUN <<-EOT\n\t\techo a\n  \techo b\n\tEOT\n");
        Heredoc h = only(file, RunInstruction.class).heredocs().get(0);
        assertThat(h.chomp()).isTrue();
        assertThat(h.body().text()).isEqualTo("echo a\n  \techo b\n");
        assertThat(slice(file, h.terminatorRange())).isEqualTo("\tEOT");
        Dockerfile noChomp = parse("FROM a\nRUN <<EOT\n\tEOT\nEOT\n");
        assertThat(only(noChomp, RunInstruction.class).heredocs().get(0).body().text()).isEqualTo("\tEOT\n");
    }

    @Test
    void spec1_7_quotedDelimitersDisableExpansion() {
        for (String marker : new String[] {"<<\"EOF\"", "<<'EOF'", "<<E\"O\"F"}) {
            Heredoc h = only(parse("FROM a\nCOPY " + marker + " /x\nbody\nEOF\n"), CopyInstruction.class).heredocs().get(0);
            assertThat(h.delimiter()).isEqualTo("EOF");
            assertThat(h.quoted()).isTrue();
            assertThat(h.expands()).isFalse();
        }
        Heredoc spaced = only(parse("FROM a\nRUN <<'one two'\nx\none two\n"), RunInstruction.class).heredocs().get(0);
        assertThat(spaced.delimiter()).isEqualTo("one two");
        Heredoc escaped = only(parse("FROM a\nRUN <<eo\\'f\nx\neo'f\n"), RunInstruction.class).heredocs().get(0);
        assertThat(escaped.delimiter()).isEqualTo("eo'f");
    }

    @Test
    void spec1_7_fileDescriptorAndBlankAfterMarker() {
        Heredoc fd = only(parse("FROM a\nRUN cat 3<<EOF\nx\nEOF\n"), RunInstruction.class).heredocs().get(0);
        assertThat(fd.fd()).hasValue(3);
        Dockerfile spaced = parse("FROM a\nRUN cat << EOF\nx\nEOF\n");
        Heredoc h = only(spaced, RunInstruction.class).heredocs().get(0);
        assertThat(h.delimiter()).isEqualTo("EOF");
        assertThat(slice(spaced, h.markerRange())).isEqualTo("<< EOF");
        Heredoc chomped = only(parse("FROM a\nRUN cat <<- EOF\n\tx\n\tEOF\n"), RunInstruction.class).heredocs().get(0);
        assertThat(chomped.chomp()).isTrue();
        assertThat(chomped.body().text()).isEqualTo("x\n");
    }

    @Test
    void spec1_7_whatIsNotAHeredoc() {
        for (String line : new String[] {"RUN echo <<", "RUN cat <EOF", "RUN cat <<<EOF", "RUN echo \"<<EOF\"",
                "RUN cat<<EOF", "RUN [\"cat\", \"<<EOF\"]", "USER <<EOF", "CMD cat <<EOF"}) {
            Dockerfile file = parse("FROM a\n" + line + "\nEOF\n");
            assertThat(file.instructions()).as(line).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
            assertThat(file.instructions()).as(line).hasSize(3);
        }
    }

    @Test
    void spec1_7_unterminatedHeredoc() {
        Dockerfile file = parse("FROM a\nRUN <<EOF\necho\nEOFX\n");
        assertThat(messages(file)).containsExactly("unterminated heredoc");
        assertThat(slice(file, file.problems().get(0).range())).isEqualTo("<<EOF");
        Heredoc h = only(file, RunInstruction.class).heredocs().get(0);
        assertThat(h.body().text()).isEqualTo("echo\nEOFX\n");
        assertThat(h.terminatorRange().isEmpty()).isTrue();
        assertThat(messages(parse("FROM a\nRUN <<'EOF\nx\n"))).contains(
                "unexpected end of statement while looking for matching single-quote");
    }

    @Test
    void spec1_7_terminatorMustMatchExactly() {
        Dockerfile file = parse("FROM a\nRUN <<EOF\nEOF \nEOF\n");
        assertThat(only(file, RunInstruction.class).heredocs().get(0).body().text()).isEqualTo("EOF \n");
        Dockerfile crlf = parse("FROM a\r\nRUN <<EOF\r\nx\r\nEOF\r\n");
        assertThat(only(crlf, RunInstruction.class).heredocs().get(0).body().text()).isEqualTo("x\r\n");
        assertThat(crlf.problems()).isEmpty();
    }

    @Test
    void spec1_7_heredocAsDestinationIsAProblem() {
        assertThat(messages(parse("FROM a\nCOPY src <<EOF\nx\nEOF\n")))
                .containsExactly("COPY cannot accept a heredoc as a destination");
    }

    @Test
    void spec1_7_onbuildHeredocs() {
        Dockerfile file = parse("FROM a\nONBUILD RUN <<EOF\necho\nEOF\n");
        OnbuildInstruction onbuild = only(file, OnbuildInstruction.class);
        assertThat(onbuild.heredocs()).extracting(Heredoc::delimiter).containsExactly("EOF");
        assertThat(onbuild.endLine()).isEqualTo(4);
    }

    @Test
    void spec1_7_heredocAfterContinuation() {
        Dockerfile file = parse("FROM a\nRUN --mount=type=cache,target=/c \\\n  <<EOF\nbody\nEOF\n");
        RunInstruction run = only(file, RunInstruction.class);
        assertThat(run.heredocs()).singleElement().satisfies(h -> assertThat(h.body().text()).isEqualTo("body\n"));
        assertThat(run.startLine()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(5);
    }
}
