package dev.bulwark.dockerfile.expand;

import dev.bulwark.core.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Spec 1.9, row by row. The environment follows BuildKit's own table test plus a few values. */
class VariableExpanderTest {
    private static final Map<String, String> ENV = Map.of(
            "PWD", "/home",
            "SHELL", "bash",
            "KOREAN", "한국어",
            "NULL", "",
            "FOO", "xxyy",
            "Q", "???y",
            "LIST", "x y",
            "PATHV", "/tmp/tmp/bar.txt",
            "STARS", "a***yy*");

    private final VariableExpander expander = VariableExpander.standard();

    static Stream<Arguments> expands() {
        return Stream.of(
                // plain text, quote removal, escapes (spec 1.9 "Quoting")
                arguments("hello", "hello"),
                arguments("he'll'o", "hello"),
                arguments("he\"ll\"o", "hello"),
                arguments("he\\'llo", "he'llo"),
                arguments("abc\\\\def", "abc\\def"),
                arguments("abc\\def", "abcdef"),
                arguments("\"abc\\def\"", "abc\\def"),
                arguments("\"abc\\\\def\"", "abc\\def"),
                arguments("'abc\\\\def'", "abc\\\\def"),
                arguments("\"abc\\\"def\"", "abc\"def"),
                arguments("\"abc\\$def\"", "abc$def"),
                arguments("\"it's\"", "it's"),
                arguments("'say \"hi\"'", "say \"hi\""),
                arguments("abc\\", "abc"),
                arguments("'$PWD'", "$PWD"),
                arguments("\"$PWD\"", "/home"),
                arguments("\\$PWD", "$PWD"),
                arguments("\"\\$PWD\"", "$PWD"),
                // $name, ${name}
                arguments("$PWD", "/home"),
                arguments("${PWD}", "/home"),
                arguments("$PWD/x", "/home/x"),
                arguments("${PWD}x", "/homex"),
                arguments("$PWDx", ""),
                arguments("$KOREAN", "한국어"),
                arguments("${KOREAN}!", "한국어!"),
                arguments("$UNSET", ""),
                arguments("${UNSET}", ""),
                arguments("$.", "$."),
                arguments("$", "$"),
                arguments("a $ b", "a $ b"),
                arguments("$/x", "$/x"),
                // positional and special parameters are always empty; $$ is not an escape
                arguments("$1", ""),
                arguments("${999}", ""),
                arguments("$12x", "x"),
                arguments("[$@$*$#$?$-$$$!$0]", "[]"),
                arguments("$$PWD", "PWD"),
                arguments("${$}", ""),
                arguments("${1:-one}", "one"),
                // :- and -
                arguments("${UNSET:-default}", "default"),
                arguments("${NULL:-default}", "default"),
                arguments("${PWD:-default}", "/home"),
                arguments("${UNSET-default}", "default"),
                arguments("${NULL-default}", ""),
                arguments("${PWD-default}", "/home"),
                arguments("${UNSET:-}", ""),
                // :+ and +
                arguments("${UNSET:+alt}", ""),
                arguments("${NULL:+alt}", ""),
                arguments("${PWD:+alt}", "alt"),
                arguments("${UNSET+alt}", ""),
                arguments("${NULL+alt}", "alt"),
                arguments("${PWD+alt}", "alt"),
                // :? and ? when they do not fail
                arguments("${PWD:?}", "/home"),
                arguments("${PWD?msg}", "/home"),
                arguments("${NULL?msg}", ""),
                // nested words, quotes and escapes inside them
                arguments("${UNSET:-${PWD}}", "/home"),
                arguments("${UNSET:-${ALSO:-deep}}", "deep"),
                arguments("${UNSET:-$SHELL-x}", "bash-x"),
                arguments("${UNSET:-'${PWD}'}", "${PWD}"),
                arguments("${UNSET:-\"a b\"}", "a b"),
                arguments("${UNSET:-a\\}b}", "a}b"),
                arguments("${PWD:+${SHELL}/${KOREAN}}", "bash/한국어"),
                // # and ## (spec 1.9 patterns)
                arguments("${FOO#x}", "xyy"),
                arguments("${FOO##x}", "xyy"),
                arguments("${FOO#*x}", "xyy"),
                arguments("${FOO##*x}", "yy"),
                arguments("${FOO#*x*y}", "y"),
                arguments("${FOO#*}", "xxyy"),
                arguments("${FOO##*}", ""),
                arguments("${FOO#}", "xxyy"),
                arguments("${FOO#z}", "xxyy"),
                arguments("${FOO#?}", "xyy"),
                arguments("${Q#?\\?}", "?y"),
                arguments("${FOO#$SHELL}", "xxyy"),
                arguments("${UNSET#x}", ""),
                // % and %%
                arguments("${FOO%y}", "xxy"),
                arguments("${FOO%%y}", "xxy"),
                arguments("${FOO%y*}", "xxy"),
                arguments("${FOO%%y*}", "xx"),
                arguments("${FOO%*y}", "xxy"),
                arguments("${FOO%%*y}", ""),
                arguments("${FOO%}", "xxyy"),
                arguments("${STARS%%\\**\\*}", "a"),
                arguments("${PWD%/*}", ""),
                arguments("${PATHV%/*}", "/tmp/tmp"),
                arguments("${PATHV%%/*}", ""),
                arguments("${PATHV##*/}", "bar.txt"),
                arguments("${PATHV%.txt}", "/tmp/tmp/bar"),
                // / and //
                arguments("${FOO/x/z}", "zxyy"),
                arguments("${FOO//x/z}", "zzyy"),
                arguments("${FOO/x*/z}", "z"),
                arguments("${FOO/?/-}", "-xyy"),
                arguments("${FOO//?/-}", "----"),
                arguments("${FOO/q/z}", "xxyy"),
                arguments("${FOO//y/}", "xx"),
                arguments("${PATHV/\\/tmp/} - ${PATHV//\\/tmp/}", "/tmp/bar.txt - /bar.txt"),
                arguments("${PATHV//\\//\\/}", "\\/tmp\\/tmp\\/bar.txt"),
                arguments("${FOO//x/$SHELL}", "bashbashyy"),
                arguments("${FOO///}", "xxyy"),
                arguments("${UNSET/x/y}", ""),
                arguments("${FOO/x.y/z}", "xxyy"),
                // ENV A="x y" and LABEL k='$V' (spec 1.9 last paragraph)
                arguments("\"x y\"", "x y"),
                arguments("'$V'", "$V"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void expands(String input, String expected) {
        Expansion result = expander.expand(input, ENV);
        assertThat(result.problems()).as("problems of %s", input).isEmpty();
        assertThat(result.text()).isEqualTo(expected);
    }

    static Stream<Arguments> fails() {
        return Stream.of(
                arguments("${}", "syntax error: bad substitution"),
                arguments("${:x}", "syntax error: bad substitution"),
                arguments("${{x}}", "syntax error: bad substitution"),
                arguments("${.}", "unsupported modifier (.) in substitution"),
                arguments("${PWD", "syntax error: missing '}'"),
                arguments("${", "syntax error: missing '}'"),
                arguments("${PWD:-x", "syntax error: missing '}'"),
                arguments("${UNSET:-${PWD}", "syntax error: missing '}'"),
                arguments("${PWD:=x}", "unsupported modifier (:=) in substitution"),
                arguments("${PWD=x}", "unsupported modifier (=) in substitution"),
                arguments("${PWD:#x}", "unsupported modifier (:#) in substitution"),
                arguments("${PWD:%x}", "unsupported modifier (:%) in substitution"),
                arguments("${#PWD}", "unsupported modifier (P) in substitution"),
                arguments("${PWD:0:2}", "unsupported modifier (:0) in substitution"),
                arguments("${UNSET:?}", "UNSET: is not allowed to be unset"),
                arguments("${UNSET?}", "UNSET: is not allowed to be unset"),
                arguments("${NULL:?}", "NULL: is not allowed to be empty"),
                arguments("${UNSET:?need $SHELL}", "UNSET: need bash"),
                arguments("${FOO#\\x}", "invalid pattern (\\x) in substitution: invalid escape '\\x'"),
                arguments("${FOO/\\x/y}", "invalid pattern (\\x) in substitution: invalid escape '\\x'"),
                arguments("${FOO//x}", "syntax error: missing '/' in ${}"),
                arguments("${FOO//}", "syntax error: missing '/' in ${}"),
                arguments("${FOO/x/y", "syntax error: missing '}'"),
                arguments("he'llo", "unexpected end of statement while looking for matching single-quote"),
                arguments("he\\\\'llo", "unexpected end of statement while looking for matching single-quote"),
                arguments("\"abc", "unexpected end of statement while looking for matching double-quote"),
                arguments("\"abc\\", "unexpected end of statement while looking for matching double-quote"),
                arguments("\"$PWD", "unexpected end of statement while looking for matching double-quote"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void fails(String input, String message) {
        Expansion result = expander.expand(input, ENV);
        assertThat(result.isOk()).isFalse();
        assertThat(result.problems()).extracting(ExpansionProblem::message).containsExactly(message);
        assertThat(result.text()).as("input unchanged on error").isEqualTo(input);
        assertThat(result.words()).isEmpty();
        TextRange range = result.problems().get(0).range();
        assertThat(range.end()).isLessThanOrEqualTo(input.length());
        assertThat(range.isEmpty()).isFalse();
    }

    @Test
    void problemRangeCoversTheFailingSubstitution() {
        String input = "a ${PWD:=x} b";
        Expansion result = expander.expand(input, ENV);
        assertThat(result.problems().get(0).range().textOf(input)).isEqualTo("${PWD:=x}");

        String unclosed = "x ${UNSET:-y";
        assertThat(expander.expand(unclosed, ENV).problems().get(0).range().textOf(unclosed))
                .isEqualTo("${UNSET:-y");

        String quote = "ok 'never closed";
        assertThat(expander.expand(quote, ENV).problems().get(0).range().textOf(quote))
                .isEqualTo("'never closed");
    }

    @Test
    void reportsReferencedAndUndefinedNamesInOrderOfLookup() {
        Expansion result = expander.expand("${A:-$B} $PWD ${C:+x} $1 $$ ${PWD}", ENV);
        // the default word is expanded before the variable itself is looked up, as in BuildKit
        assertThat(result.referenced()).containsExactly("B", "A", "PWD", "C");
        assertThat(result.undefined()).containsExactly("B", "A", "C");
    }

    @Test
    void namesInSingleQuotesAreNotReferences() {
        assertThat(expander.expand("'$X' \\$Y", ENV).referenced()).isEmpty();
    }

    @Test
    void expansionSeesTheValuesGiven() {
        assertThat(expander.expand("${ME:-nobody}", Map.of("ME", "root")).text()).isEqualTo("root");
        assertThat(expander.expand("${ME:-nobody}", VariableLookup.empty()).text()).isEqualTo("nobody");
    }

    static Stream<Arguments> splitsWords() {
        return Stream.of(
                arguments("a b", List.of("a", "b")),
                arguments("  a   b  ", List.of("a", "b")),
                arguments("\"a b\" c", List.of("a b", "c")),
                arguments("'a b'c d", List.of("a bc", "d")),
                arguments("a\\ b", List.of("a b")),
                arguments("$LIST", List.of("x", "y")),
                arguments("\"$LIST\"", List.of("x y")),
                arguments("pre$LIST", List.of("prex", "y")),
                arguments("80/tcp ${UNSET:-443}", List.of("80/tcp", "443")),
                arguments("", List.of()),
                arguments("\"\"", List.of()),
                arguments("$UNSET", List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void splitsWords(String input, List<String> words) {
        assertThat(expander.expand(input, ENV).words()).isEqualTo(words);
    }

    @Test
    void backtickEscapeReplacesBackslash() {
        VariableExpander backtick = VariableExpander.withEscape('`');
        assertThat(backtick.expand("`$PWD", ENV).text()).isEqualTo("$PWD");
        assertThat(backtick.expand("\\$PWD", ENV).text()).isEqualTo("\\/home");
        assertThat(backtick.expand("\"a`\"b\"", ENV).text()).isEqualTo("a\"b");
        assertThat(backtick.expand("c:\\path\\x", ENV).text()).isEqualTo("c:\\path\\x");
        assertThat(backtick.expand("${UNSET:-a`}b}", ENV).text()).isEqualTo("a}b");
    }

    @Test
    void keepingQuotesAndEscapesLeavesThemInTheResult() {
        VariableExpander raw = VariableExpander.standard().keepingQuotesAndEscapes();
        assertThat(raw.expand("echo \"$PWD\" '$PWD' \\$PWD", ENV).text())
                .isEqualTo("echo \"/home\" '$PWD' \\$PWD");
    }

    @Test
    void rejectsOtherEscapeCharacters() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> VariableExpander.withEscape('^'));
    }
}
