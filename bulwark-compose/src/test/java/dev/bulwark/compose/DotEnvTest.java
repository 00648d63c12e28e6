package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NOTES 3.3: the {@code .env} / {@code env_file} format. */
class DotEnvTest {
    private final List<ComposeProblem> problems = new ArrayList<>();

    private List<String> parse(String text) {
        List<String> result = new ArrayList<>();
        for (DotEnvEntry e : DotEnvParser.parse(new SourceText(".env", text), outer(), problems)) {
            result.add(e.key() + "=" + e.value());
        }
        return result;
    }

    private static ProjectEnvironment outer() {
        return ProjectEnvironment.empty().with(new EnvVariable("OUTER", "from-outside", Optional.empty()));
    }

    @Test
    void commentsBlankLinesExportAndSeparators() {
        assertThat(parse("""
                # a comment

                   # indented comment
                export A=1
                B = 2
                C: 3
                  D=4
                EMPTY=
                """)).containsExactly("A=1", "B=2", "C=3", "D=4", "EMPTY=");
        assertThat(problems).isEmpty();
    }

    @Test
    void unquotedValuesInlineCommentsAndTrailingBlanks() {
        assertThat(parse("A=value # comment\nB=VAL# not a comment\nC=a b   \nD=#x\n"))
                .containsExactly("A=value", "B=VAL# not a comment", "C=a b", "D=#x");
    }

    @Test
    void singleQuotesAreLiteral() {
        assertThat(parse("A='lit $OUTER \\n'\nB='it\\'s'\nC='multi\nline'\n"))
                .containsExactly("A=lit $OUTER \\n", "B=it's", "C=multi\nline");
    }

    @Test
    void doubleQuotesDecodeEscapesThenInterpolate() {
        assertThat(parse("A=\"tab\\there\\nnew \\\"q\\\" \\\\ \\$OUTER $OUTER\"\nB=\"multi\nline\" # comment\nC=\"\\0101\\x\"\n"))
                .containsExactly("A=tab\there\nnew \"q\" \\ $OUTER from-outside", "B=multi\nline", "C=A\\x");
    }

    @Test
    void textAfterTheClosingQuoteIsIgnored() {
        assertThat(parse("A=\"v\" trailing words\nB=2\n")).containsExactly("A=v", "B=2");
    }

    @Test
    void bareKeysInheritOrStayUnset() {
        assertThat(parse("OUTER\nNOT_SET\nX=1\n")).containsExactly("OUTER=from-outside", "X=1");
    }

    @Test
    void laterVariablesSeeEarlierOnesAndTheOuterEnvironmentWins() {
        assertThat(parse("A=1\nB=${A}-$A\nOUTER=mine\nC=$OUTER\nD=${NOPE:-dflt}\n"))
                .containsExactly("A=1", "B=1-1", "OUTER=mine", "C=from-outside", "D=dflt");
    }

    @Test
    void malformedLinesAreProblemsAndParsingGoesOn() {
        assertThat(parse("GOOD=1\nBAD KEY=2\nA$B=3\nNEXT=4\n")).containsExactly("GOOD=1", "NEXT=4");
        assertThat(problems).extracting(p -> p.kind() + " " + p.span().location().line() + " " + p.message()).containsExactly(
                "ENV_FILE 2 variable name `BAD KEY` contains a space",
                "ENV_FILE 3 unexpected character `$` in variable name");
    }

    @Test
    void anUnterminatedQuoteEndsTheFile() {
        assertThat(parse("A=1\nB=\"open\nC=3\n")).containsExactly("A=1");
        assertThat(problems).extracting(p -> p.message()).containsExactly("unterminated quoted value");
    }

    @Test
    void byteOrderMarkAndCrlf() {
        assertThat(parse("\uFEFFA=1\r\nB=two\r\n")).containsExactly("A=1", "B=two");
    }

    @Test
    void valueSpansCoverTheValueAsWritten() {
        SourceText source = new SourceText(".env", "TOKEN=\"s3cr3t\"\nKEY=abc # c\n");
        List<DotEnvEntry> entries = DotEnvParser.parse(source, ProjectEnvironment.empty(), problems);
        assertThat(entries.get(0).valueSpan().text()).isEqualTo("\"s3cr3t\"");
        assertThat(entries.get(1).valueSpan().text()).isEqualTo("abc");
        assertThat(entries.get(1).keySpan().text()).isEqualTo("KEY");
    }

    @Test
    void interpolationProblemsPointIntoTheEnvFile() {
        SourceText source = new SourceText(".env", "A=x${MISSING}\nB=\"${}\"\n");
        DotEnvParser.parse(source, ProjectEnvironment.empty(), problems);
        assertThat(problems).extracting(p -> p.kind() + " " + p.span().text()).containsExactly(
                "UNDEFINED_VARIABLE ${MISSING}", "INVALID_INTERPOLATION ${}");
    }

    @Test
    void rawFormatKeepsValuesVerbatim() {
        List<DotEnvEntry> entries = DotEnvParser.parseRaw(new SourceText("raw.env", "A=\"q\" $X # c\n# comment\nB=2\n"));
        assertThat(entries).extracting(e -> e.key() + "=" + e.value()).containsExactly("A=\"q\" $X # c", "B=2");
    }
}
