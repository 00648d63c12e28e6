package dev.bulwark.workflow;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A shell script of a workflow ({@code run:}, a GitLab {@code script:} line), parsed with the
 * shell parser; every range maps to the YAML file. GitHub expressions are substituted by the
 * runner before the shell runs, so the parser sees each {@code ${{ ... }}} as a variable
 * expansion of the same length ({@code $EEEE...}): words keep their exact places and an argument
 * made of an expression counts as one whose value is unknown.
 *
 * @param node        the YAML scalar holding the script
 * @param shell       the parsed script (ranges in the YAML file)
 * @param expressions the {@code ${{ }}} expressions in it, in order
 */
public record Script(YamlScalar node, ShellScript shell, List<Expression> expressions) {

    public Script {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(shell, "shell");
        expressions = List.copyOf(expressions);
    }

    static Script of(YamlScalar node, String source) {
        MappedText value = ScalarText.of(node, source);
        List<TextRange> found = Expression.find(value.text());
        List<Expression> expressions = new ArrayList<>(found.size());
        if (found.isEmpty()) {
            return new Script(node, ShellParser.parse(value), expressions);
        }
        String text = value.text();
        MappedText.Builder b = MappedText.builder();
        int next = 0;
        for (TextRange e : found) {
            copy(value, next, e.start(), b);
            StringBuilder placeholder = new StringBuilder("$");
            for (int i = 1; i < e.length(); i++) {
                placeholder.append('E');
            }
            TextRange at = value.toSource(e);
            b.appendRun(placeholder, at.start());
            expressions.add(new Expression(text.substring(e.start() + 3, e.end() - 2).strip(), at));
            next = e.end();
        }
        copy(value, next, text.length(), b);
        return new Script(node, ShellParser.parse(b.build(value.toSource(text.length()))), expressions);
    }

    private static void copy(MappedText value, int from, int to, MappedText.Builder b) {
        String text = value.text();
        for (int i = from; i < to; i++) {
            b.appendRun(text.substring(i, i + 1), value.toSource(i));
        }
    }

    /** The expressions written inside {@code range} (a word, a command). */
    public List<Expression> expressionsIn(TextRange range) {
        List<Expression> out = new ArrayList<>();
        for (Expression e : expressions) {
            if (range.contains(e.range())) {
                out.add(e);
            }
        }
        return out;
    }
}
