package dev.bulwark.engine.config;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleFamily;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.Rules;
import dev.bulwark.rules.compose.ComposeRule;
import dev.bulwark.rules.context.ContextRule;
import dev.bulwark.rules.project.ProjectRule;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import dev.bulwark.rules.kubernetes.KubernetesRule;
import dev.bulwark.rules.workflow.WorkflowRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The known rules, looked up by code or name, with their declared options: what configuration is
 * validated against. Code and name are both accepted everywhere (ARCHITECTURE "Rules").
 *
 * <p>The built-in catalog ({@link #builtin()}) knows every rule's metadata from the index the build
 * generates, and creates a family's rule instances only when they are first asked for: the
 * analyzers ask when they meet a file of their kind, so a check of Dockerfiles never loads the
 * Compose and Kubernetes rules or their constants (bench/README.md, "Start-up"). A catalog of given
 * rules (tests, benchmarks) holds them all from the start. Safe for the audit's threads.
 */
public final class RuleCatalog {
    /** Every code family of the architecture, valid as a prefix even before it has rules. */
    private static final Set<String> FAMILIES = Set.of("DF", "DI", "DC", "KU", "CI", "IM", "PJ", "BW");

    private final List<RuleMeta> metas;
    private final Map<String, RuleMeta> metaByCode = new LinkedHashMap<>();
    private final Map<String, String> codeByName = new LinkedHashMap<>();
    private final boolean builtin;
    // What exists so far; a built-in catalog adds a family at a time, under the catalog's lock.
    private final List<Rule> created = new ArrayList<>();
    private final Map<String, Rule> ruleByCode = new HashMap<>();
    private final Map<Rule, RuleMeta> metaByRule = new IdentityHashMap<>();
    // By ordinal: an EnumSet reads the enum's constants reflectively, which a cold start pays for.
    private final boolean[] familyCreated = new boolean[RuleFamily.values().length];

    /**
     * Exactly these rules, read once. Reading a rule class's metadata may be slow on a cold JVM,
     * so build one catalog per run and share it between {@link ConfigLoader} and the {@code Auditor}.
     */
    public RuleCatalog(List<? extends Rule> rules) {
        List<RuleMeta> all = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            RuleMeta meta = Rules.meta(rule);
            if (metaByCode.putIfAbsent(meta.code(), meta) != null) {
                throw new IllegalArgumentException("two rules with code " + meta.code());
            }
            codeByName.put(meta.name(), meta.code());
            all.add(meta);
            add(rule, meta);
        }
        this.metas = List.copyOf(all);
        this.builtin = false;
    }

    private RuleCatalog(List<RuleMeta> builtinMetas, boolean builtin) {
        for (RuleMeta meta : builtinMetas) {
            if (metaByCode.putIfAbsent(meta.code(), meta) != null) {
                throw new IllegalArgumentException("two rules with code " + meta.code());
            }
            codeByName.put(meta.name(), meta.code());
        }
        this.metas = List.copyOf(builtinMetas);
        this.builtin = builtin;
    }

    /** The built-in rules: their metadata now, each family's instances when first asked for. */
    public static RuleCatalog builtin() {
        return new RuleCatalog(BuiltinRules.metas(), true);
    }

    private void add(Rule rule, RuleMeta meta) {
        created.add(rule);
        ruleByCode.put(meta.code(), rule);
        metaByRule.put(rule, meta);
    }

    /** Creates the built-in rules of one family, unless they exist. Called with the lock held. */
    private void create(RuleFamily family) {
        if (!builtin || familyCreated[family.ordinal()]) {
            return;
        }
        familyCreated[family.ordinal()] = true;
        for (Rule rule : BuiltinRules.of(family)) {
            RuleMeta meta = metaByCode.get(Rules.meta(rule).code());
            if (meta == null) {
                throw new IllegalStateException("not in the rule index: " + rule.getClass().getName());
            }
            add(rule, meta);
        }
    }

    /** Every rule, in code order; a built-in catalog creates all of them. */
    public synchronized List<Rule> rules() {
        if (!builtin) {
            return List.copyOf(created);
        }
        for (RuleFamily family : RuleFamily.values()) {
            create(family);
        }
        List<Rule> all = new ArrayList<>(metas.size());
        for (RuleMeta meta : metas) {
            all.add(ruleByCode.get(meta.code()));
        }
        return all;
    }

    /** Every rule with a Dockerfile check (creates the built-in Dockerfile family). */
    public synchronized List<DockerfileRule> dockerfileRules() {
        create(RuleFamily.DOCKERFILE);
        List<DockerfileRule> rules = new ArrayList<>();
        for (Rule rule : created) {
            if (rule instanceof DockerfileRule d) {
                rules.add(d);
            }
        }
        return rules;
    }

    /** Every rule with a Compose check (creates the built-in Compose family). */
    public synchronized List<ComposeRule> composeRules() {
        create(RuleFamily.COMPOSE);
        List<ComposeRule> rules = new ArrayList<>();
        for (Rule rule : created) {
            if (rule instanceof ComposeRule c) {
                rules.add(c);
            }
        }
        return rules;
    }

    /** Every rule with a Kubernetes check (creates the built-in Kubernetes family). */
    public synchronized List<KubernetesRule> kubernetesRules() {
        create(RuleFamily.KUBERNETES);
        List<KubernetesRule> rules = new ArrayList<>();
        for (Rule rule : created) {
            if (rule instanceof KubernetesRule k) {
                rules.add(k);
            }
        }
        return rules;
    }

    /** Every rule with a workflow check (creates the built-in workflow family). */
    public synchronized List<WorkflowRule> workflowRules() {
        create(RuleFamily.WORKFLOW);
        List<WorkflowRule> rules = new ArrayList<>();
        for (Rule rule : created) {
            if (rule instanceof WorkflowRule w) {
                rules.add(w);
            }
        }
        return rules;
    }

    /** Every build-context rule (creates the built-in context family). */
    public synchronized List<ContextRule> contextRules() {
        create(RuleFamily.CONTEXT);
        List<ContextRule> rules = new ArrayList<>();
        for (Rule rule : created) {
            if (rule instanceof ContextRule c) {
                rules.add(c);
            }
        }
        return rules;
    }

    /** Every project rule (creates the built-in project family). */
    public synchronized List<ProjectRule> projectRules() {
        create(RuleFamily.PROJECT);
        List<ProjectRule> rules = new ArrayList<>();
        for (Rule rule : created) {
            if (rule instanceof ProjectRule p) {
                rules.add(p);
            }
        }
        return rules;
    }

    /** The rule with this code, created with its family if need be; empty for an unknown code. */
    public synchronized Optional<Rule> rule(String code) {
        Optional<RuleFamily> family = RuleFamily.ofCode(code);
        if (family.isPresent() && metaByCode.containsKey(code)) {
            create(family.get());
        }
        return Optional.ofNullable(ruleByCode.get(code));
    }

    /** The metadata of a rule of this catalog. */
    public synchronized RuleMeta meta(Rule rule) {
        RuleMeta meta = metaByRule.get(rule);
        if (meta == null) {
            throw new IllegalArgumentException("not in this catalog: " + rule.getClass().getName());
        }
        return meta;
    }

    /** Every rule's metadata, in code order (a catalog of given rules: in their order). */
    public List<RuleMeta> metas() {
        return metas;
    }

    /** The rule code for a code (any case) or a name. */
    public Optional<String> code(String codeOrName) {
        String upper = codeOrName.toUpperCase(Locale.ROOT);
        if (metaByCode.containsKey(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(codeByName.get(codeOrName));
    }

    /** Codes of the rules that list {@code alias} (a hadolint, Trivy or Checkov ID; any case). */
    public List<String> codesForAlias(String alias) {
        List<String> codes = new ArrayList<>();
        for (RuleMeta meta : metaByCode.values()) {
            if (containsIgnoreCase(meta.aliases(), alias)) {
                codes.add(meta.code());
            }
        }
        return codes;
    }

    private static boolean containsIgnoreCase(List<String> words, String word) {
        for (String w : words) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    public Optional<RuleMeta> meta(String code) {
        return Optional.ofNullable(metaByCode.get(code));
    }

    /** The options the rule with this code declares; a built-in catalog creates its family for them. */
    public List<RuleOption> options(String code) {
        Optional<Rule> rule = rule(code);
        return rule.isEmpty() ? List.of() : rule.get().options();
    }

    /** Codes and names, for "did you mean". */
    public List<String> codesAndNames() {
        List<String> all = new ArrayList<>(metaByCode.keySet());
        all.addAll(codeByName.keySet());
        return all;
    }

    /** Parses a selector, or explains why it selects nothing known. */
    public Selector selector(String text) throws UnknownSelectorException {
        String t = text.strip();
        if (t.equalsIgnoreCase("all")) {
            return new Selector.All(t);
        }
        Optional<String> code = code(t);
        if (code.isPresent()) {
            return new Selector.Code(t, code.get());
        }
        Optional<Practice> practice = Practice.fromId(t);
        if (practice.isPresent()) {
            return new Selector.OfPractice(t, practice.get());
        }
        String upper = t.toUpperCase(Locale.ROOT);
        if (isPrefix(upper)
                && (FAMILIES.contains(upper.substring(0, 2)) || anyCodeStartsWith(upper))) {
            return new Selector.Prefix(t, upper);
        }
        List<String> candidates = new ArrayList<>(codesAndNames());
        for (Practice p : Practice.values()) {
            candidates.add(p.id());
        }
        candidates.add("all");
        throw new UnknownSelectorException("unknown rule, practice or code prefix `" + t + "`"
                + DidYouMean.hint(t, candidates));
    }

    /** Two capital letters and at most two digits ({@code DF}, {@code DF3}, {@code KU01}), checked by hand. */
    private static boolean isPrefix(String text) {
        if (text.length() < 2 || text.length() > 4) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = i < 2 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean anyCodeStartsWith(String prefix) {
        for (String code : metaByCode.keySet()) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A selector that names nothing known; the message is ready to show. */
    public static final class UnknownSelectorException extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownSelectorException(String message) {
            super(message);
        }
    }
}
