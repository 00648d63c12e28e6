package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Merges a later definition into an earlier one by the Compose Specification's rules (NOTES 3.6;
 * CS {@code 13-merge.md}, CG {@code override/merge.go}, described, not copied): mappings merge key
 * by key, sequences concatenate, scalars are replaced, with CG's exceptions by path. The same
 * merge serves override files and {@code extends} (the base is the earlier definition).
 *
 * <p>One representational difference from CG: the key/value attributes ({@code environment},
 * {@code labels}, {@code build.args}...) that CG turns into sorted {@code KEY=VALUE} lists before
 * appending stay mappings when both sides are mappings, and a list side is split into entries
 * when the other is a mapping; the later value still wins per key, in place, as after CG's
 * uniqueness pass, but every key and value keeps its own span.
 */
final class Merger {
    private enum Rule { REPLACE, KEY_VALUES, EXTRA_HOSTS, BUILD, DEPENDS_ON, NAME_MAP, LOGGING, IPAM_CONFIG }

    private static final String[][] REPLACE = {
        ModelPath.pattern("services.*.command"),
        ModelPath.pattern("services.*.entrypoint"),
        ModelPath.pattern("services.*.healthcheck.test"),
        // CG's ulimit merger compares the override with itself: the later entry wins whole.
        ModelPath.pattern("services.*.ulimits.*"),
    };
    private static final String[][] KEY_VALUES = {
        ModelPath.pattern("networks.*.labels"),
        ModelPath.pattern("volumes.*.labels"),
        ModelPath.pattern("services.*.annotations"),
        ModelPath.pattern("services.*.build.args"),
        ModelPath.pattern("services.*.build.additional_contexts"),
        ModelPath.pattern("services.*.build.labels"),
        ModelPath.pattern("services.*.deploy.labels"),
        ModelPath.pattern("services.*.dns"),
        ModelPath.pattern("services.*.dns_opt"),
        ModelPath.pattern("services.*.dns_search"),
        ModelPath.pattern("services.*.env_file"),
        ModelPath.pattern("services.*.label_file"),
        ModelPath.pattern("services.*.environment"),
        ModelPath.pattern("services.*.labels"),
        ModelPath.pattern("services.*.sysctls"),
        ModelPath.pattern("services.*.tmpfs"),
    };
    private static final String[][] EXTRA_HOSTS = {
        ModelPath.pattern("services.*.extra_hosts"),
        ModelPath.pattern("services.*.build.extra_hosts"),
    };
    private static final String[] BUILD = ModelPath.pattern("services.*.build");
    private static final String[] DEPENDS_ON = ModelPath.pattern("services.*.depends_on");
    private static final String[][] NAME_MAPS = {
        ModelPath.pattern("services.*.networks"),
        ModelPath.pattern("services.*.models"),
    };
    private static final String[] LOGGING = ModelPath.pattern("services.*.logging");
    private static final String[] IPAM_CONFIG = ModelPath.pattern("networks.*.ipam.config");

    private final List<ComposeProblem> problems;
    /** Every definition used as an extends base, so views can tell inherited text from a service's own. */
    private final Set<Span> extendsBases = new HashSet<>();
    private final String[] path = new String[TreeBuilder.MAX_DEPTH + 4];

    Merger(List<ComposeProblem> problems) {
        this.problems = problems;
    }

    /** An override file's document (later) merged into the model so far (earlier). */
    ComposeMapping mergeFiles(ComposeMapping earlier, ComposeMapping later) {
        return mappings(earlier, later, 0);
    }

    /**
     * {@code extends}: the base service is the earlier definition, the extending one the later;
     * the result is located at the extending service, with the base in {@link ComposeMapping#mergedFrom()}.
     */
    ComposeMapping extendService(String name, ComposeMapping base, ComposeMapping local) {
        path[0] = "services";
        path[1] = name;
        ComposeMapping merged = mappings(base, local, 2);
        extendsBases.add(base.span());
        extendsBases.addAll(base.mergedFrom());
        List<Span> from = new ArrayList<>();
        from.add(base.span());
        from.addAll(base.mergedFrom());
        from.addAll(local.mergedFrom());
        return new ComposeMapping(local.span(), merged.entries(), from, false);
    }

    Set<Span> extendsBases() {
        return extendsBases;
    }

    /** A resource an included project defines and the including file redefines: the included one is the base. */
    ComposeNode mergeResource(String kind, String name, ComposeNode included, ComposeNode local) {
        path[0] = kind;
        path[1] = name;
        return merge(included, local, 2);
    }

    private ComposeNode merge(ComposeNode earlier, ComposeNode later, int depth) {
        Rule rule = rule(depth);
        if (rule != null) {
            switch (rule) {
                case REPLACE:
                    return later;
                case KEY_VALUES:
                    return keyValues(earlier, later);
                case EXTRA_HOSTS:
                    return extraHosts(earlier, later);
                case BUILD:
                    if (later.isNull()) {
                        return earlier;
                    }
                    return generic(buildMapping(earlier), buildMapping(later), depth);
                case DEPENDS_ON:
                    if (later.isNull()) {
                        return earlier;
                    }
                    return generic(nameMap(earlier, true), nameMap(later, true), depth);
                case NAME_MAP:
                    if (later.isNull()) {
                        return earlier;
                    }
                    return generic(nameMap(earlier, false), nameMap(later, false), depth);
                case LOGGING:
                    return logging(earlier, later, depth);
                default:
                    return ipamConfig(earlier, later, depth);
            }
        }
        return generic(earlier, later, depth);
    }

    private ComposeNode generic(ComposeNode earlier, ComposeNode later, int depth) {
        if (later.isNull()) {
            return earlier;
        }
        if (earlier instanceof ComposeMapping e) {
            if (later instanceof ComposeMapping l) {
                return mappings(e, l, depth);
            }
            cannotOverride(later, depth);
            return later;
        }
        if (earlier instanceof ComposeSequence e) {
            if (later instanceof ComposeSequence l) {
                return concat(e, l);
            }
            cannotOverride(later, depth);
            return later;
        }
        return later;
    }

    private ComposeMapping mappings(ComposeMapping earlier, ComposeMapping later, int depth) {
        List<ComposeEntry> entries = new ArrayList<>(earlier.entries());
        for (ComposeEntry entry : later.entries()) {
            int i = indexOf(entries, entry.key());
            if (i < 0) {
                entries.add(entry);
                continue;
            }
            path[depth] = entry.key();
            ComposeEntry previous = entries.get(i);
            ComposeNode merged = merge(previous.value(), entry.value(), depth + 1);
            // A replaced value is located where it now comes from, key included.
            entries.set(i, merged == entry.value() ? entry : previous.withValue(merged));
        }
        return new ComposeMapping(earlier.span(), entries, mergedFrom(earlier, later),
                earlier.isImplied() && later.isImplied());
    }

    private static List<Span> mergedFrom(ComposeNode earlier, ComposeNode later) {
        List<Span> from = new ArrayList<>(earlier.mergedFrom());
        if (!later.isImplied()) {
            from.add(later.span());
        }
        from.addAll(later.mergedFrom());
        return from;
    }

    private static ComposeSequence concat(ComposeSequence earlier, ComposeSequence later) {
        List<ComposeNode> items = new ArrayList<>(earlier.items());
        items.addAll(later.items());
        return new ComposeSequence(earlier.span(), items, earlier.isImplied());
    }

    /** {@code environment}, {@code labels}...: the later value wins per key (see the class comment). */
    private ComposeNode keyValues(ComposeNode earlier, ComposeNode later) {
        if (later.isNull()) {
            return earlier;
        }
        if (earlier.isNull()) {
            return later;
        }
        ComposeNode e = earlier instanceof ComposeScalar s ? singleton(s) : earlier;
        ComposeNode l = later instanceof ComposeScalar s ? singleton(s) : later;
        if (e instanceof ComposeSequence es && l instanceof ComposeSequence ls) {
            return concat(es, ls);
        }
        Optional<ComposeMapping> em = KeyValues.asMapping(e);
        Optional<ComposeMapping> lm = KeyValues.asMapping(l);
        if (em.isEmpty() || lm.isEmpty()) {
            return later;
        }
        List<ComposeEntry> entries = new ArrayList<>(em.get().entries());
        for (ComposeEntry entry : lm.get().entries()) {
            int i = indexOf(entries, entry.key());
            if (i < 0) {
                entries.add(entry);
            } else {
                entries.set(i, entry);
            }
        }
        return new ComposeMapping(em.get().span(), entries, mergedFrom(em.get(), lm.get()), false);
    }

    private static ComposeSequence singleton(ComposeScalar s) {
        return new ComposeSequence(s.span(), List.<ComposeNode>of(s), true);
    }

    /** {@code extra_hosts}: appended without the entries already there. */
    private ComposeNode extraHosts(ComposeNode earlier, ComposeNode later) {
        if (later.isNull()) {
            return earlier;
        }
        if (earlier instanceof ComposeSequence e && later instanceof ComposeSequence l) {
            List<ComposeNode> items = new ArrayList<>(e.items());
            for (ComposeNode item : l.items()) {
                if (!containsScalar(e.items(), item)) {
                    items.add(item);
                }
            }
            return new ComposeSequence(e.span(), items, e.isImplied());
        }
        if (earlier instanceof ComposeMapping e && later instanceof ComposeMapping l) {
            return keyValues(e, l);
        }
        return later;
    }

    private static boolean containsScalar(List<ComposeNode> items, ComposeNode candidate) {
        if (!(candidate instanceof ComposeScalar c)) {
            return false;
        }
        for (ComposeNode item : items) {
            if (item instanceof ComposeScalar s && s.value().equals(c.value())) {
                return true;
            }
        }
        return false;
    }

    /** {@code build: ./dir} merges as {@code build: {context: ./dir}}. */
    private static ComposeNode buildMapping(ComposeNode build) {
        if (build instanceof ComposeScalar s && s.type() != ScalarType.NULL) {
            ComposeEntry context = new ComposeEntry("context", s.span(), s);
            return new ComposeMapping(s.span(), List.of(context), List.of(), true);
        }
        return build;
    }

    /**
     * A list of names ({@code depends_on}, {@code networks}, {@code models}) merges as a mapping;
     * {@code depends_on} entries get Compose's defaults {@code condition: service_started},
     * {@code required: true}, located at the list item.
     */
    private static ComposeNode nameMap(ComposeNode node, boolean withDependencyDefaults) {
        if (!(node instanceof ComposeSequence seq)) {
            return node;
        }
        List<ComposeEntry> entries = new ArrayList<>();
        for (ComposeNode item : seq.items()) {
            if (!(item instanceof ComposeScalar name) || name.type() == ScalarType.NULL
                    || indexOf(entries, name.value()) >= 0) {
                continue;
            }
            ComposeNode value;
            if (withDependencyDefaults) {
                List<ComposeEntry> defaults = new ArrayList<>(2);
                defaults.add(new ComposeEntry("condition", name.span(),
                        ComposeScalar.implied(name.span(), "service_started", ScalarType.STRING)));
                defaults.add(new ComposeEntry("required", name.span(),
                        ComposeScalar.implied(name.span(), "true", ScalarType.BOOLEAN)));
                value = new ComposeMapping(name.span(), defaults, List.of(), true);
            } else {
                value = ComposeScalar.implied(name.span(), "", ScalarType.NULL);
            }
            entries.add(new ComposeEntry(name.value(), name.span(), value));
        }
        return new ComposeMapping(seq.span(), entries, List.of(), true);
    }

    /** {@code logging}: options merge only when both files use the same driver or one names none. */
    private ComposeNode logging(ComposeNode earlier, ComposeNode later, int depth) {
        if (earlier instanceof ComposeMapping e && later instanceof ComposeMapping l) {
            Optional<ComposeScalar> ed = e.nonNullScalar("driver");
            Optional<ComposeScalar> ld = l.nonNullScalar("driver");
            if (ed.isPresent() && ld.isPresent() && !ed.get().value().equals(ld.get().value())) {
                return later;
            }
            return mappings(e, l, depth);
        }
        return generic(earlier, later, depth);
    }

    /**
     * {@code networks.*.ipam.config}: entries merge per {@code subnet}. Simplified from CG, whose
     * loop pairs every earlier entry with every later one; the result is the same for the usual
     * one-entry-per-subnet lists.
     */
    private ComposeNode ipamConfig(ComposeNode earlier, ComposeNode later, int depth) {
        if (!(earlier instanceof ComposeSequence e) || !(later instanceof ComposeSequence l)) {
            return generic(earlier, later, depth);
        }
        List<ComposeNode> items = new ArrayList<>(e.items());
        for (ComposeNode item : l.items()) {
            int match = -1;
            if (item instanceof ComposeMapping m) {
                String subnet = subnet(m);
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof ComposeMapping other && subnet(other).equals(subnet)) {
                        match = i;
                        break;
                    }
                }
                if (match >= 0) {
                    items.set(match, mappings((ComposeMapping) items.get(match), m, depth));
                    continue;
                }
            }
            items.add(item);
        }
        return new ComposeSequence(e.span(), items, e.isImplied());
    }

    private static String subnet(ComposeMapping config) {
        Optional<ComposeScalar> s = config.nonNullScalar("subnet");
        return s.isPresent() ? s.get().value() : "";
    }

    private void cannotOverride(ComposeNode later, int depth) {
        problems.add(new ComposeProblem(ProblemKind.MERGE, later.span(),
                "cannot override `" + ModelPath.text(path, depth) + "` with a " + later.typeName()));
    }

    private Rule rule(int depth) {
        for (String[] p : REPLACE) {
            if (ModelPath.matches(path, depth, p)) {
                return Rule.REPLACE;
            }
        }
        for (String[] p : KEY_VALUES) {
            if (ModelPath.matches(path, depth, p)) {
                return Rule.KEY_VALUES;
            }
        }
        for (String[] p : EXTRA_HOSTS) {
            if (ModelPath.matches(path, depth, p)) {
                return Rule.EXTRA_HOSTS;
            }
        }
        if (ModelPath.matches(path, depth, BUILD)) {
            return Rule.BUILD;
        }
        if (ModelPath.matches(path, depth, DEPENDS_ON)) {
            return Rule.DEPENDS_ON;
        }
        for (String[] p : NAME_MAPS) {
            if (ModelPath.matches(path, depth, p)) {
                return Rule.NAME_MAP;
            }
        }
        if (ModelPath.matches(path, depth, LOGGING)) {
            return Rule.LOGGING;
        }
        if (ModelPath.matches(path, depth, IPAM_CONFIG)) {
            return Rule.IPAM_CONFIG;
        }
        return null;
    }

    static int indexOf(List<ComposeEntry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
