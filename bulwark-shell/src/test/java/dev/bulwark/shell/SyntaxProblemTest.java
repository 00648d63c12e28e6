package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SyntaxProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SyntaxProblemTest {

    /** Each bad script, the message of its first problem and the text that problem's range covers. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '~', value = {
        "echo 'abc => unterminated single quote => '",
        "echo \"abc => unterminated double quote => \"",
        "echo `abc => unterminated backquote => `",
        "echo $(abc => missing `)` for `$(` => $(",
        "echo ${abc => unterminated `${` => ${",
        "echo ${a b} => bad substitution => ${a b}",
        "if true; then x => missing `fi` for `if` => if",
        "if true; x; fi => missing `then` for `if` => if",
        "for a in b; do c => missing `done` for `for` => for",
        "while x; y; done => missing `do` for `while` => while",
        "case a in b) c;; => missing `esac` for `case` => case",
        "( a => missing `)` => (",
        "{ a; b => missing `}` for `{` => {",
        "a ) b => unexpected `)` => )",
        "a && ; b => missing command after `&&` => &&",
        "a | fi => missing command after `|` => |",
        "fi => unexpected `fi` => fi",
        "if then fi => empty `if` body => if",
        "{ } => empty `{` body => {",
        "echo (x) => unexpected `(` => (",
        "cat > ; => missing target after `>` => >",
        "f() ; => missing body for function `f` => f()",
        "[[ -f x => missing `]]` => [[",
    })
    void reportsProblemWithRange(String script, String message, String covered) {
        ShellScript s = ShellParser.parse(script);
        assertThat(s.problems()).as(script).isNotEmpty();
        SyntaxProblem first = s.problems().get(0);
        assertThat(first.message()).isEqualTo(message);
        assertThat(first.range().textOf(script)).isEqualTo(covered);
    }

    @Test
    void unterminatedHeredoc() {
        String src = "cat <<EOF\nline\n";
        ShellScript s = ShellParser.parse(src);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unterminated heredoc `EOF`");
            assertThat(p.range().textOf(src)).isEqualTo("<<EOF");
        });
        assertThat(s.commands().get(0).redirections().get(0).heredoc()).get()
                .extracting(HereDoc::text).isEqualTo("line\n");
    }

    @Test
    void heredocWithoutBody() {
        ShellScript s = ShellParser.parse("cat <<EOF");
        assertThat(s.problems()).extracting(SyntaxProblem::message).containsExactly("missing heredoc body for `EOF`");
        assertThat(s.commands().get(0).redirections().get(0).heredoc()).isEmpty();
    }

    @Test
    void failedArithmeticAttemptDoesNotLoseHeredocs() {
        // "$((" is tried as arithmetic first; the nested "$(x" makes the attempt consume the
        // newline and the heredoc body before it fails at ") )".
        String src = "cat <<A $(( $(x\nbody\nA\n) ) )\nnext";
        ShellScript s = ShellParser.parse(src);
        assertThat(s.problems()).isEmpty();
        assertThat(s.commands()).extracting(c -> c.baseName().orElse("?")).containsExactly("cat", "?", "x", "next");
        assertThat(s.commands().get(0).redirections().get(0).heredoc()).get().extracting(HereDoc::text)
                .isEqualTo("body\n");
    }

    @Test
    void recoveryKeepsLaterCommands() {
        ShellScript s = ShellParser.parse("a ) ; b && c\nfi\nd");
        assertThat(s.commands()).extracting(c -> c.name().orElse("")).containsExactly("a", "b", "c", "d");
        assertThat(s.problems()).extracting(SyntaxProblem::message)
                .containsExactly("unexpected `)`", "unexpected `;`", "unexpected `fi`");
    }

    @Test
    void validScriptsHaveNoProblems() {
        for (String ok : new String[] {"", "   \n\n", "# only a comment", "true;", "a &", "a & b", "! true",
            "case x in esac", "case x in (a) ;; esac", "a=(\n1\n2\n)", "echo $'\\''", "x=${y:-\"}\"}",
            "echo \\\n", "cat <<''\nbody\n\n"}) {
            assertThat(ShellParser.parse(ok).problems()).as(ok).isEmpty();
        }
    }
}
