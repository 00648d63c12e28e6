package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ShellParserGrammarTest {

    static ShellScript parse(String text) {
        return ShellParser.parse(text);
    }

    static ShellScript clean(String text) {
        ShellScript script = parse(text);
        assertThat(script.problems()).as("problems of %s", text).isEmpty();
        return script;
    }

    static SimpleCommand only(String text) {
        List<SimpleCommand> commands = clean(text).commands();
        assertThat(commands).hasSize(1);
        return commands.get(0);
    }

    static List<String> values(SimpleCommand c) {
        return c.arguments().stream().map(Word::value).toList();
    }

    static List<String> names(ShellScript script) {
        return script.commands().stream().map(c -> c.name().orElse("?")).toList();
    }

    static Command firstCommand(ShellScript script) {
        return script.body().items().get(0).pipelines().get(0).commands().get(0);
    }

    @Nested
    class Quoting {
        @Test
        void singleQuotesKeepEverythingLiteral() {
            SimpleCommand c = only("echo 'a $b \"c\"' d");
            assertThat(values(c)).containsExactly("a $b \"c\"", "d");
            Word w = c.arguments().get(0);
            assertThat(w.isQuoted()).isTrue();
            assertThat(w.hasExpansion()).isFalse();
            assertThat(w.literal()).contains("a $b \"c\"");
            assertThat(w.raw()).isEqualTo("'a $b \"c\"'");
            assertThat(w.parts()).singleElement().isInstanceOf(WordPart.SingleQuoted.class);
        }

        @Test
        void doubleQuotesEscapeOnlyDollarBackquoteQuoteBackslash() {
            SimpleCommand c = only("echo \"a \\\"b\\\" \\$x \\\\ \\n\"");
            assertThat(values(c)).containsExactly("a \"b\" $x \\ \\n");
            assertThat(c.arguments().get(0).hasExpansion()).isFalse();
        }

        @Test
        void doubleQuotesKeepExpansions() {
            Word w = clean("echo \"pre $HOME/x ${Y:-z} $(id -u)\"").commands().get(0).arguments().get(0);
            assertThat(w.hasExpansion()).isTrue();
            assertThat(w.literal()).isEmpty();
            assertThat(w.value()).isEqualTo("pre $HOME/x ${Y:-z} $(id -u)");
            WordPart.DoubleQuoted q = (WordPart.DoubleQuoted) w.parts().get(0);
            assertThat(q.parts()).extracting(p -> p.getClass().getSimpleName()).containsExactly("Literal",
                    "ParameterExpansion", "Literal", "ParameterExpansion", "Literal", "CommandSubstitution");
        }

        @Test
        void ansiCQuotesDecodeEscapes() {
            Word w = only("printf $'a\\tb\\n\\x41\\101\\'q'").arguments().get(0);
            assertThat(w.literal()).contains("a\tb\nAA'q");
            assertThat(w.parts()).singleElement().isInstanceOf(WordPart.AnsiCQuoted.class);
        }

        @Test
        void localeQuotesAreDoubleQuotes() {
            Word w = only("echo $\"hi $USER\"").arguments().get(0);
            assertThat(w.parts()).singleElement().isInstanceOf(WordPart.DoubleQuoted.class);
            assertThat(w.value()).isEqualTo("hi $USER");
        }

        @Test
        void backslashEscapesOutsideQuotes() {
            SimpleCommand c = only("find . -name \\*.pyc -exec rm {} \\; a\\ b");
            assertThat(values(c)).containsExactly(".", "-name", "*.pyc", "-exec", "rm", "{}", ";", "a b");
            assertThat(c.arguments().get(2).isQuoted()).isTrue();
        }

        @Test
        void backslashNewlineJoinsLines() {
            ShellScript s = clean("ec\\\nho a \\\n  b\\\nc");
            assertThat(s.commands()).singleElement().satisfies(c -> {
                assertThat(c.name()).contains("echo");
                assertThat(values(c)).containsExactly("a", "bc");
            });
        }

        @Test
        void mixedQuotingInOneWord() {
            Word w = only("echo --opt='a b'\"c\"d\\ e").arguments().get(0);
            assertThat(w.literal()).contains("--opt=a bcd e");
        }

        @Test
        void hashInsideWordIsNotAComment() {
            assertThat(values(only("echo a#b '#c' # real comment"))).containsExactly("a#b", "#c");
        }

        @Test
        void commentLinesAreSkipped() {
            assertThat(names(clean("# first\na # trailing\n  # indented\nb"))).containsExactly("a", "b");
        }
    }

    @Nested
    class Expansions {
        WordPart.ParameterExpansion param(String text) {
            Word w = clean("echo " + text).commands().get(0).arguments().get(0);
            assertThat(w.parts()).hasSize(1);
            return (WordPart.ParameterExpansion) w.parts().get(0);
        }

        @Test
        void simpleParameters() {
            assertThat(param("$HOME").name()).isEqualTo("HOME");
            assertThat(param("$1").name()).isEqualTo("1");
            assertThat(param("$@").name()).isEqualTo("@");
            assertThat(param("$?").name()).isEqualTo("?");
            assertThat(param("$$").name()).isEqualTo("$");
            assertThat(param("${HOME}").braced()).isTrue();
            assertThat(param("${10}").name()).isEqualTo("10");
        }

        @Test
        void unbracedPositionalTakesOneDigit() {
            Word w = only("echo $10").arguments().get(0);
            assertThat(w.parts()).hasSize(2);
            assertThat(w.value()).isEqualTo("$10");
        }

        @Test
        void everyParameterOperator() {
            for (String op : List.of(":-", "-", ":=", "=", ":?", "?", ":+", "+", "#", "##", "%", "%%", "/", "//",
                    "/#", "/%", "^", "^^", ",", ",,", ":")) {
                WordPart.ParameterExpansion p = param("${VAR" + op + "word}");
                assertThat(p.name()).as(op).isEqualTo("VAR");
                assertThat(p.operator()).as(op).isEqualTo(op);
                assertThat(p.argument()).as(op).singleElement().extracting(WordPart::raw).isEqualTo("word");
            }
        }

        @Test
        void lengthIndirectionAndSubscripts() {
            WordPart.ParameterExpansion length = param("${#PATH}");
            assertThat(length.prefix()).isEqualTo("#");
            assertThat(length.name()).isEqualTo("PATH");
            assertThat(param("${#}").name()).isEqualTo("#");
            assertThat(param("${!ref}").prefix()).isEqualTo("!");
            assertThat(param("${arr[@]}").name()).isEqualTo("arr[@]");
        }

        @Test
        void argumentsMayHoldQuotesAndNestedExpansions() {
            WordPart.ParameterExpansion p = param("${A:-\"x }\"${B:-$(c)}}");
            assertThat(p.argument()).hasSize(2);
            assertThat(clean("echo ${A:-$(c)}").commands()).extracting(c -> c.name().orElse("")).contains("c");
        }

        @Test
        void commandSubstitutionsNestAndAreParsed() {
            ShellScript s = clean("echo $(a $(b \"$(c)\"))");
            assertThat(names(s)).containsExactly("echo", "a", "b", "c");
            assertThat(s.commands()).extracting(SimpleCommand::insideSubstitution)
                    .containsExactly(false, true, true, true);
        }

        @Test
        void backquotesAreParsedWithTheirEscapes() {
            ShellScript s = clean("echo `a \\`b\\` \"q\"` \"`d`\"");
            assertThat(names(s)).containsExactly("echo", "a", "b", "d");
            WordPart.CommandSubstitution sub = (WordPart.CommandSubstitution) s.commands().get(0).arguments()
                    .get(0).parts().get(0);
            assertThat(sub.backquoted()).isTrue();
            SimpleCommand a = s.commands().get(1);
            assertThat(values(a)).containsExactly("`b`", "q");
        }

        @Test
        void arithmeticExpansion() {
            ShellScript s = clean("echo $(( (1 + 2) * $(nproc) ))");
            Word w = s.commands().get(0).arguments().get(0);
            WordPart.ArithmeticExpansion a = (WordPart.ArithmeticExpansion) w.parts().get(0);
            assertThat(a.expression()).isEqualTo(" (1 + 2) * $(nproc) ");
            assertThat(names(s)).containsExactly("echo", "nproc");
        }

        @Test
        void dollarParenParenThatIsNotArithmetic() {
            ShellScript s = clean("echo $( (a; b) | c )");
            assertThat(names(s)).containsExactly("echo", "a", "b", "c");
        }

        @Test
        void processSubstitution() {
            ShellScript s = clean("diff <(sort a) >(tee b)");
            assertThat(names(s)).containsExactly("diff", "sort", "tee");
            assertThat(s.commands().get(0).arguments()).hasSize(2);
            assertThat(s.commands().get(1).insideSubstitution()).isTrue();
        }

        @Test
        void loneDollarIsLiteral() {
            assertThat(values(only("echo $ a$ \"$\" $-x"))).containsExactly("$", "a$", "$", "$-x");
        }
    }

    @Nested
    class Lists {
        @Test
        void andOrListsAndSeparators() {
            ShellScript s = clean("a && b || c; d & e\nf");
            assertThat(s.body().items()).hasSize(4);
            AndOrList first = s.body().items().get(0);
            assertThat(first.pipelines()).hasSize(3);
            assertThat(first.operators()).containsExactly(ChainOperator.AND, ChainOperator.OR);
            assertThat(s.body().items().get(1).background()).isTrue();
            assertThat(s.body().items().get(2).background()).isFalse();
        }

        @Test
        void pipelinesWithStderrPipeAndNegation() {
            ShellScript s = clean("! a | b |& c");
            Pipeline p = s.body().items().get(0).pipelines().get(0);
            assertThat(p.negated()).isTrue();
            assertThat(p.commands()).hasSize(3);
        }

        @Test
        void linebreaksAfterOperators() {
            ShellScript s = clean("a &&\n  b |\n  c ||\n # comment\n d");
            assertThat(s.body().items()).hasSize(1);
            assertThat(names(s)).containsExactly("a", "b", "c", "d");
        }
    }

    @Nested
    class CompoundCommands {
        @Test
        void subshellAndGroup() {
            ShellScript s = clean("(cd /x && make) > log; { a; b; } 2>&1");
            Subshell sub = (Subshell) firstCommand(s);
            assertThat(sub.redirections()).singleElement().extracting(r -> r.target().value()).isEqualTo("log");
            BraceGroup g = (BraceGroup) s.body().items().get(1).pipelines().get(0).commands().get(0);
            assertThat(g.body().items()).hasSize(2);
            assertThat(names(s)).containsExactly("cd", "make", "a", "b");
        }

        @Test
        void braceWithoutBlankIsAWord() {
            assertThat(values(only("echo {a,b} {}"))).containsExactly("{a,b}", "{}");
        }

        @Test
        void ifElifElse() {
            ShellScript s = clean("if [ -f a ]; then x; elif test -d b\nthen y; else z; fi");
            IfCommand i = (IfCommand) firstCommand(s);
            assertThat(i.branches()).hasSize(2);
            assertThat(i.elseBody().items()).hasSize(1);
            assertThat(names(s)).containsExactly("[", "x", "test", "y", "z");
        }

        @Test
        void forLoops() {
            ForCommand f = (ForCommand) firstCommand(clean("for p in a \"b c\" $D; do pip install $p; done"));
            assertThat(f.variable()).isEqualTo("p");
            assertThat(f.hasIn()).isTrue();
            assertThat(f.items()).extracting(Word::value).containsExactly("a", "b c", "$D");
            ForCommand noIn = (ForCommand) firstCommand(clean("for x\ndo echo $x\ndone"));
            assertThat(noIn.hasIn()).isFalse();
            ArithmeticForCommand a = (ArithmeticForCommand) firstCommand(clean("for ((i=0; i<3; i++)); do echo; done"));
            assertThat(a.header()).isEqualTo("i=0; i<3; i++");
        }

        @Test
        void whileAndUntil() {
            WhileCommand w = (WhileCommand) firstCommand(clean("while read -r l; do echo \"$l\"; done < f"));
            assertThat(w.until()).isFalse();
            assertThat(w.redirections()).hasSize(1);
            WhileCommand u = (WhileCommand) firstCommand(clean("until curl -f x; do sleep 1; done"));
            assertThat(u.until()).isTrue();
        }

        @Test
        void caseWithAllTerminators() {
            ShellScript s = clean("case \"$ARCH\" in\n  x86_64|amd64) A=1 ;;\n  (arm*) b ;&\n  *) c ;;&\n  z) d\nesac");
            CaseCommand c = (CaseCommand) firstCommand(s);
            assertThat(c.subject().value()).isEqualTo("$ARCH");
            assertThat(c.items()).hasSize(4);
            assertThat(c.items().get(0).patterns()).extracting(Word::value).containsExactly("x86_64", "amd64");
            assertThat(c.items()).extracting(CaseCommand.Item::terminator).containsExactly(";;", ";&", ";;&", "");
            assertThat(c.items().get(1).patterns()).extracting(Word::value).containsExactly("arm*");
        }

        @Test
        void caseInsideCommandSubstitution() {
            ShellScript s = clean("x=$(case a in a) echo y;; esac)");
            assertThat(names(s)).containsExactly("?", "echo");
        }

        @Test
        void functionDefinitions() {
            ShellScript s = clean("f() { echo hi; }\nfunction g { h; }\nfunction k() ( m )\nf");
            assertThat(s.body().items()).hasSize(4);
            FunctionDefinition f = (FunctionDefinition) firstCommand(s);
            assertThat(f.name()).isEqualTo("f");
            assertThat(f.body()).isInstanceOf(BraceGroup.class);
            assertThat(names(s)).containsExactly("echo", "h", "m", "f");
        }

        @Test
        void reservedWordsOnlyInCommandPosition() {
            assertThat(values(only("echo if then fi done {"))).containsExactly("if", "then", "fi", "done", "{");
        }

        @Test
        void doubleBracketsKeepOperatorsAsWords() {
            ShellScript s = clean("[[ -f x && $a < b || ( c ) ]] && echo ok");
            assertThat(s.commands().get(0).words()).extracting(Word::value)
                    .containsExactly("[[", "-f", "x", "&&", "$a", "<", "b", "||", "(", "c", ")", "]]");
            assertThat(names(s)).containsExactly("[[", "echo");
        }

        @Test
        void arithmeticCommand() {
            ArithmeticCommand a = (ArithmeticCommand) firstCommand(clean("(( i += 1 )) && echo"));
            assertThat(a.expression()).isEqualTo(" i += 1 ");
        }

        @Test
        void nestedSubshellsAreNotArithmetic() {
            assertThat(names(clean("((a) | b)"))).containsExactly("a", "b");
        }
    }

    @Nested
    class Redirections {
        @Test
        void everyOperator() {
            SimpleCommand c = only("cmd <in >out >>app >|clob <>rw 2>&1 <&3 &>all &>>allapp <<<\"str\" 3>f 2> err >&-");
            assertThat(c.arguments()).isEmpty();
            assertThat(c.redirections()).extracting(Redirection::operator).containsExactly(
                    RedirectOperator.INPUT, RedirectOperator.OUTPUT, RedirectOperator.APPEND, RedirectOperator.CLOBBER,
                    RedirectOperator.READ_WRITE, RedirectOperator.DUPLICATE_OUTPUT, RedirectOperator.DUPLICATE_INPUT,
                    RedirectOperator.OUTPUT_AND_ERROR, RedirectOperator.APPEND_OUTPUT_AND_ERROR,
                    RedirectOperator.HERE_STRING, RedirectOperator.OUTPUT, RedirectOperator.OUTPUT,
                    RedirectOperator.DUPLICATE_OUTPUT);
            assertThat(c.redirections()).extracting(r -> r.target().value()).containsExactly(
                    "in", "out", "app", "clob", "rw", "1", "3", "all", "allapp", "str", "f", "err", "-");
            Redirection dup = c.redirections().get(5);
            assertThat(dup.fd()).hasValue(2);
            assertThat(c.redirections().get(0).fd()).isEmpty();
            assertThat(c.redirections().get(0).effectiveFd()).isEqualTo(0);
            assertThat(c.redirections().get(1).effectiveFd()).isEqualTo(1);
        }

        @Test
        void redirectionsMayComeFirstAndDigitsInWordsAreNotDescriptors() {
            SimpleCommand c = only(">log 2>/dev/null echo a2>b");
            assertThat(c.name()).contains("echo");
            assertThat(values(c)).containsExactly("a2");
            assertThat(c.redirections()).hasSize(3);
        }

        @Test
        void heredocBodyFollowsTheLine() {
            ShellScript s = clean("cat <<EOF > /etc/conf && echo next\nkey=$VALUE\n$(id)\nEOF\necho after");
            assertThat(names(s)).containsExactly("cat", "echo", "id", "echo");
            Redirection r = s.commands().get(0).redirections().get(0);
            HereDoc h = r.heredoc().orElseThrow();
            assertThat(h.delimiter()).isEqualTo("EOF");
            assertThat(h.quoted()).isFalse();
            assertThat(h.text()).isEqualTo("key=$VALUE\n$(id)\n");
            assertThat(h.parts()).extracting(p -> p.getClass().getSimpleName()).contains("ParameterExpansion",
                    "CommandSubstitution");
            assertThat(s.commands().get(2).insideSubstitution()).isTrue();
        }

        @Test
        void quotedDelimiterDisablesExpansionAndDashStripsTabs() {
            ShellScript s = clean("cat <<-'END' >f\n\tline $x\n\t\tdeeper\n\tEND\ncat << \"A\"B\nq\nAB\n");
            HereDoc h = s.commands().get(0).redirections().get(0).heredoc().orElseThrow();
            assertThat(h.quoted()).isTrue();
            assertThat(h.stripTabs()).isTrue();
            assertThat(h.text()).isEqualTo("line $x\ndeeper\n");
            assertThat(h.parts()).singleElement().isInstanceOf(WordPart.Literal.class);
            assertThat(h.body().text()).isEqualTo(h.text());
            HereDoc second = s.commands().get(1).redirections().get(0).heredoc().orElseThrow();
            assertThat(second.delimiter()).isEqualTo("AB");
            assertThat(second.text()).isEqualTo("q\n");
        }

        @Test
        void severalHeredocsOnOneLineTakeBodiesInOrder() {
            ShellScript s = clean("a <<A && b <<B\none\nA\ntwo\nB\nc");
            assertThat(s.commands().get(0).redirections().get(0).heredoc().orElseThrow().text()).isEqualTo("one\n");
            assertThat(s.commands().get(1).redirections().get(0).heredoc().orElseThrow().text()).isEqualTo("two\n");
            assertThat(names(s)).containsExactly("a", "b", "c");
        }

        @Test
        void heredocBodyCanBeParsedAsAScript() {
            String src = "bash <<EOF\napt-get update && apt-get install -y x\nEOF";
            ShellScript s = clean(src);
            HereDoc h = s.commands().get(0).redirections().get(0).heredoc().orElseThrow();
            ShellScript inner = ShellParser.parse(h.body());
            assertThat(names(inner)).containsExactly("apt-get", "apt-get");
            SimpleCommand install = inner.commands().get(1);
            assertThat(src.substring(install.range().start(), install.range().end()))
                    .isEqualTo("apt-get install -y x");
        }

        @Test
        void heredocInsideCommandSubstitution() {
            ShellScript s = clean("x=$(cat <<EOF\nbody\nEOF\n)\necho $x");
            assertThat(names(s)).containsExactly("?", "cat", "echo");
            assertThat(s.commands().get(1).redirections().get(0).heredoc().orElseThrow().text()).isEqualTo("body\n");
        }
    }

    @Nested
    class Assignments {
        @Test
        void prefixAssignments() {
            SimpleCommand c = only("DEBIAN_FRONTEND=noninteractive A+=x apt-get install");
            assertThat(c.name()).contains("apt-get");
            assertThat(c.assignments()).extracting(Assignment::name).containsExactly("DEBIAN_FRONTEND", "A");
            assertThat(c.assignments().get(0).value().value()).isEqualTo("noninteractive");
            assertThat(c.assignments().get(1).append()).isTrue();
        }

        @Test
        void bareAssignmentsHaveNoName() {
            SimpleCommand c = clean("A=1 B=\"two words\" C=$(x)").commands().get(0);
            assertThat(c.name()).isEmpty();
            assertThat(c.words()).isEmpty();
            assertThat(c.assignments()).extracting(a -> a.value().value()).containsExactly("1", "two words", "$(x)");
        }

        @Test
        void assignmentValueRange() {
            String src = "TOKEN=abc123 run";
            Assignment a = only(src).assignments().get(0);
            assertThat(src.substring(a.value().range().start(), a.value().range().end())).isEqualTo("abc123");
        }

        @Test
        void exportDeclarations() {
            SimpleCommand c = only("export PATH=/x:$PATH FOO \"BAR=1\"");
            assertThat(c.assignments()).isEmpty();
            assertThat(c.declarations()).extracting(Assignment::name).containsExactly("PATH");
            assertThat(only("echo A=b").declarations()).isEmpty();
        }

        @Test
        void arrayAssignment() {
            SimpleCommand c = only("pkgs=(a \"b c\") ");
            assertThat(c.assignments()).singleElement().extracting(Assignment::name).isEqualTo("pkgs");
        }

        @Test
        void quotedNameIsNotAnAssignment() {
            SimpleCommand c = only("\"A\"=b");
            assertThat(c.assignments()).isEmpty();
            assertThat(c.name()).contains("A=b");
        }
    }
}
