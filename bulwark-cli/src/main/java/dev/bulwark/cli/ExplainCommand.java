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

/** {@code bulwark explain RULE}: the rule's documentation, rendered for a terminal. */
final class ExplainCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("bulwark explain",
            "Explain a rule: what it flags, why it matters, a bad and a good example, the fix.",
            PositionalSpec.exactlyOne("CODE|NAME", "The rule's code (DF001) or name (latest-tag)."),
            StandardOptions.plus(OptionSpec.choice(ColorMode.values(),
                    "Colour the output (default: auto: a terminal and no NO_COLOR).", "--color")));

    private final Invocation invocation;
    private final String rule;
    private final ColorMode color;

    ExplainCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.rule = args.positionals().get(0);
        this.color = args.choice("--color", ColorMode.values()).orElse(ColorMode.AUTO);
    }

    @Override
    public int call() {
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
