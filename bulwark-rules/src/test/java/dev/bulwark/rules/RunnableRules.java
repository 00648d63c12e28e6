package dev.bulwark.rules;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.rules.dockerfile.BuildContext;
import dev.bulwark.rules.dockerfile.DockerfileContext;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import dev.bulwark.rules.dockerfile.DockerfileRuleRunner;
import dev.bulwark.rules.dockerfile.DockerfileSyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rules on Dockerfile text the way the engine will: parse, build the model, check with
 * default options. DF001 reports the parser's problems. The sink enforces the reporting contract
 * (ranges inside the file, a message, no secret text in it), so every test that runs rules checks it.
 */
public final class RunnableRules {
    private RunnableRules() {
    }

    /** Whether tests can run the rule on a Dockerfile: a {@link DockerfileRule} or the parser diagnostic. */
    public static boolean canRun(Rule rule) {
        return rule instanceof DockerfileRule || rule instanceof DockerfileSyntaxError;
    }

    public static List<Rule> runnable() {
        return BuiltinRules.all().stream().filter(RunnableRules::canRun).toList();
    }

    /** A parsed file with its model, built once and checked by many rules. */
    public record Parsed(Dockerfile file, DockerfileModel model) {
        public static Parsed of(SourceText source) {
            Dockerfile file = DockerfileParser.parse(source);
            return new Parsed(file, DockerfileModel.of(file));
        }

        public static Parsed of(String path, String text) {
            return of(new SourceText(path, text));
        }
    }

    /** Runs with an unknown build context, as for standard input. */
    public static List<Reported> run(Rule rule, Parsed parsed) {
        return run(rule, parsed, BuildContext.unknown());
    }

    /** Runs with the given build context facts (a fixture folder, a doc example's ignore file). */
    public static List<Reported> run(Rule rule, Parsed parsed, BuildContext buildContext) {
        String code = Rules.meta(rule).code();
        List<Reported> out = new ArrayList<>();
        if (rule instanceof DockerfileSyntaxError) {
            for (SyntaxProblem p : parsed.file().problems()) {
                out.add(new Reported(code, p.range(), p.message(), List.of()));
            }
            return out;
        }
        if (!(rule instanceof DockerfileRule dockerfileRule)) {
            throw new IllegalArgumentException(code + " has no Dockerfile check");
        }
        String text = parsed.file().source().text();
        FindingSink sink = new FindingSink() {
            @Override
            public void report(TextRange range, String message) {
                add(range, message, List.of());
            }

            @Override
            public void reportSecret(TextRange range, String message, List<TextRange> secrets) {
                if (secrets.isEmpty()) {
                    throw new AssertionError(code + " reported a secret finding without secret ranges");
                }
                add(range, message, secrets);
            }

            private void add(TextRange range, String message, List<TextRange> secrets) {
                if (range.end() > text.length()) {
                    throw new AssertionError(code + " reported " + range + " outside the file (" + text.length() + ")");
                }
                if (message.isBlank()) {
                    throw new AssertionError(code + " reported an empty message");
                }
                for (TextRange secret : secrets) {
                    String value = secret.textOf(text);
                    if (secret.end() > text.length() || value.isEmpty() || message.contains(value)) {
                        throw new AssertionError(code + " leaked or misplaced a secret in: " + message);
                    }
                }
                out.add(new Reported(code, range, message, secrets));
            }
        };
        DockerfileRuleRunner.run(dockerfileRule, new DockerfileContext(parsed.model(),
                RuleOptions.defaults(rule).withAsOf(TestDates.of(text)), buildContext),
                sink);
        return out;
    }

    public static List<Reported> run(Rule rule, String text) {
        return run(rule, Parsed.of("Dockerfile", text));
    }
}
