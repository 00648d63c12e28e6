package dev.bulwark.engine.config;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.Rules;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The known rules, looked up by code or name, with their declared options: what configuration is
 * validated against. Code and name are both accepted everywhere (ARCHITECTURE "Rules").
 */
public final class RuleCatalog {
    /** Every code family of the architecture, valid as a prefix even before it has rules. */
    private static final Set<String> FAMILIES = Set.of("DF", "DI", "DC", "KU", "CI", "IM", "PJ", "BW");
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2}[0-9]{0,2}");

    private final List<Rule> rules;
    private final Map<String, Rule> byCode = new LinkedHashMap<>();
    private final Map<Rule, RuleMeta> metaByRule = new IdentityHashMap<>();
    private final Map<String, RuleMeta> metaByCode = new LinkedHashMap<>();
    private final Map<String, String> codeByName = new LinkedHashMap<>();

    /**
     * Reads every rule's metadata once. Annotation reading is slow on a cold JVM, so build one
     * catalog per run and share it between {@link ConfigLoader} and the {@code Auditor}.
     */
    public RuleCatalog(List<? extends Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : rules) {
            RuleMeta meta = Rules.meta(rule);
            if (byCode.putIfAbsent(meta.code(), rule) != null) {
                throw new IllegalArgumentException("two rules with code " + meta.code());
            }
            metaByCode.put(meta.code(), meta);
            metaByRule.put(rule, meta);
            codeByName.put(meta.name(), meta.code());
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The metadata of one of {@link #rules()}. */
    public RuleMeta meta(Rule rule) {
        RuleMeta meta = metaByRule.get(rule);
        if (meta == null) {
            throw new IllegalArgumentException("not in this catalog: " + rule.getClass().getName());
        }
        return meta;
    }

    public List<RuleMeta> metas() {
        return List.copyOf(metaByCode.values());
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

    public List<RuleOption> options(String code) {
        Rule rule = byCode.get(code);
        return rule == null ? List.of() : rule.options();
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
        if (PREFIX.matcher(upper).matches()
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
