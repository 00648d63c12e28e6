package dev.bulwark.rules;

import dev.bulwark.project.BuildUse;
import dev.bulwark.project.ContextResolver;
import dev.bulwark.project.WalkLimits;
import dev.bulwark.rules.context.ContextCheck;
import dev.bulwark.rules.context.ContextRule;
import dev.bulwark.rules.context.MemoryTree;
import dev.bulwark.rules.dockerfile.ContextSourceWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a context rule on a Dockerfile built from a context in memory (the folder {@code /ctx}). */
public final class ContextRules {
    public static final Path ROOT = Path.of("/ctx");

    private ContextRules() {
    }

    public static boolean canRun(Rule rule) {
        return rule instanceof ContextRule;
    }

    public static List<YamlReported> run(Rule rule, String dockerfile, Optional<String> dockerignore, String listing) {
        MemoryTree tree = MemoryTree.parse(ROOT, listing);
        tree.text(ROOT.resolve("Dockerfile"), dockerfile);
        if (dockerignore.isPresent()) {
            tree.text(ROOT.resolve(".dockerignore"), dockerignore.get());
        }
        RunnableRules.Parsed parsed = RunnableRules.Parsed.of("Dockerfile", dockerfile);
        List<String> sources = new ArrayList<>();
        for (ContextSourceWords.SourceWord s : ContextSourceWords.of(parsed.model())) {
            sources.add(s.path());
        }
        ContextResolver resolver = new ContextResolver(tree, WalkLimits.DEFAULT, List.of());
        List<YamlReported> out = new ArrayList<>();
        String code = Rules.meta(rule).code();
        for (BuildUse use : resolver.builds(ROOT.resolve("Dockerfile"), "Dockerfile", sources, Optional.of(ROOT))) {
            ((ContextRule) rule).check(new ContextCheck(parsed.model(), use, resolver.facts(use), tree,
                    RuleOptions.defaults(rule).withAsOf(TestDates.of(dockerfile))), new YamlRules.CheckingSink(code, out));
        }
        return out;
    }
}
