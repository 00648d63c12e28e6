package dev.bulwark.cli;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.engine.config.DidYouMean;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.Rules;
import dev.bulwark.rules.docs.RuleDocs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulwark explain RULE}: the rule's documentation, rendered for a terminal. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explain a rule: what it flags, why it matters, a bad and a good example, the fix.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CODE|NAME", description = "The rule's code (DF001) or name (latest-tag).")
    private String rule;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour the output (default: ${DEFAULT-VALUE}: a terminal and no NO_COLOR).")
    private ColorMode color;

    private final Invocation invocation;

    ExplainCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        Optional<Rule> found = BuiltinRules.find(rule.strip());
        if (found.isEmpty()) {
            invocation.err().println("bulwark: unknown rule `" + rule + "`" + suggestion());
            return ExitCodes.USAGE;
        }
        boolean colored = color.enabled(invocation.stdoutIsTerminal(), invocation.env());
        invocation.out().print(new TerminalMarkdown(colored).render(RuleDocs.of(found.get()).page()));
        invocation.out().flush();
        return ExitCodes.CLEAN;
    }

    private String suggestion() {
        List<String> known = new ArrayList<>();
        for (Rule each : BuiltinRules.all()) {
            RuleMeta meta = Rules.meta(each);
            known.add(meta.code());
            known.add(meta.name());
        }
        String hint = DidYouMean.hint(rule.strip(), known);
        return hint.isEmpty() ? "; `bulwark rules` lists them" : hint;
    }
}
