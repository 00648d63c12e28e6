package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The uniqueness pass that follows every merge (NOTES 3.6; CG {@code override/uncity.go},
 * described, not copied): in the sequences below, an entry whose key was seen before replaces
 * the earlier entry in place. Keys are the text before {@code =}, a mount's target, a port's
 * {@code host:published:target/protocol}, an env file's path.
 */
final class Unicity {
    private enum Indexer { KEY_VALUE, VOLUME, DEVICE, CONFIG, SECRET, ENV_FILE, EXPOSE, PORT }

    private static final String[][] KEY_VALUE_PATHS = {
        ModelPath.pattern("networks.*.labels"),
        ModelPath.pattern("networks.*.ipam.options"),
        ModelPath.pattern("services.*.annotations"),
        ModelPath.pattern("services.*.build.args"),
        ModelPath.pattern("services.*.build.additional_contexts"),
        ModelPath.pattern("services.*.build.platform"),
        ModelPath.pattern("services.*.build.tags"),
        ModelPath.pattern("services.*.build.labels"),
        ModelPath.pattern("services.*.cap_add"),
        ModelPath.pattern("services.*.cap_drop"),
        ModelPath.pattern("services.*.deploy.labels"),
        ModelPath.pattern("services.*.dns"),
        ModelPath.pattern("services.*.dns_opt"),
        ModelPath.pattern("services.*.dns_search"),
        ModelPath.pattern("services.*.environment"),
        ModelPath.pattern("services.*.labels"),
        ModelPath.pattern("services.*.links"),
        ModelPath.pattern("services.*.networks.*.aliases"),
        ModelPath.pattern("services.*.networks.*.link_local_ips"),
        ModelPath.pattern("services.*.profiles"),
        ModelPath.pattern("services.*.sysctls"),
        ModelPath.pattern("services.*.tmpfs"),
    };
    private static final String[] VOLUMES = ModelPath.pattern("services.*.volumes");
    private static final String[] DEVICES = ModelPath.pattern("services.*.devices");
    private static final String[] CONFIGS = ModelPath.pattern("services.*.configs");
    private static final String[] SECRETS = ModelPath.pattern("services.*.secrets");
    private static final String[] ENV_FILES = ModelPath.pattern("services.*.env_file");
    private static final String[] EXPOSE = ModelPath.pattern("services.*.expose");
    private static final String[] PORTS = ModelPath.pattern("services.*.ports");

    private final List<ComposeProblem> problems;
    private final String[] path = new String[TreeBuilder.MAX_DEPTH + 4];

    Unicity(List<ComposeProblem> problems) {
        this.problems = problems;
    }

    ComposeMapping apply(ComposeMapping root) {
        return (ComposeMapping) walk(root, 0);
    }

    private ComposeNode walk(ComposeNode node, int depth) {
        if (node instanceof ComposeMapping m) {
            List<ComposeEntry> entries = null;
            for (int i = 0; i < m.entries().size(); i++) {
                ComposeEntry e = m.entries().get(i);
                path[depth] = e.key();
                ComposeNode value = walk(e.value(), depth + 1);
                if (value != e.value()) {
                    if (entries == null) {
                        entries = new ArrayList<>(m.entries());
                    }
                    entries.set(i, e.withValue(value));
                }
            }
            return entries == null ? m : new ComposeMapping(m.span(), entries, m.mergedFrom(), m.isImplied());
        }
        if (node instanceof ComposeSequence s) {
            Indexer indexer = indexer(depth);
            if (indexer == null) {
                return s;
            }
            Map<String, Integer> seen = new HashMap<>();
            List<ComposeNode> items = new ArrayList<>(s.size());
            for (ComposeNode item : s.items()) {
                String key = key(indexer, item, depth);
                Integer at = key == null ? null : seen.get(key);
                if (at != null) {
                    items.set(at, item);
                } else {
                    if (key != null) {
                        seen.put(key, items.size());
                    }
                    items.add(item);
                }
            }
            return items.size() == s.size() && sameItems(items, s.items()) ? s
                    : new ComposeSequence(s.span(), items, s.isImplied());
        }
        return node;
    }

    private static boolean sameItems(List<ComposeNode> a, List<ComposeNode> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The item's uniqueness key, or null when it has none (kept as is). */
    private String key(Indexer indexer, ComposeNode item, int depth) {
        switch (indexer) {
            case KEY_VALUE: {
                if (!(item instanceof ComposeScalar s) || s.type() == ScalarType.NULL) {
                    return null;
                }
                String v = s.value();
                int eq = v.indexOf('=');
                return eq < 0 ? v : v.substring(0, eq);
            }
            case VOLUME:
                return volumeKey(item, depth);
            case DEVICE:
                return deviceKey(item, depth);
            case CONFIG:
                return mountKey(item, "");
            case SECRET:
                return mountKey(item, "/run/secrets");
            case ENV_FILE:
                return envFileKey(item, depth);
            case EXPOSE:
                return item instanceof ComposeScalar s && s.type() != ScalarType.NULL ? s.value() : null;
            default:
                return portKey(item);
        }
    }

    private String volumeKey(ComposeNode item, int depth) {
        if (item instanceof ComposeMapping m) {
            Optional<ComposeScalar> target = m.nonNullScalar("target");
            if (target.isEmpty()) {
                problems.add(new ComposeProblem(ProblemKind.INVALID_VALUE, m.span(),
                        "volume in `" + ModelPath.text(path, depth) + "` has no `target`"));
                return null;
            }
            return target.get().value();
        }
        if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            VolumeSpec.Parsed parsed = VolumeSpec.parse(s.value());
            if (parsed.error != null) {
                if (!s.isUnresolved()) {
                    problems.add(new ComposeProblem(ProblemKind.INVALID_VALUE, s.span(),
                            "invalid volume `" + s.value() + "`: " + parsed.error));
                }
                return null;
            }
            return parsed.target;
        }
        return "";
    }

    private String deviceKey(ComposeNode item, int depth) {
        if (item instanceof ComposeMapping m) {
            Optional<ComposeScalar> target = m.nonNullScalar("target");
            if (target.isEmpty()) {
                // CG refuses it; the long form's target defaults to the source in Docker, so keep quiet.
                return null;
            }
            return target.get().value();
        }
        if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            String v = s.value();
            int colon = v.indexOf(':');
            if (colon < 0) {
                return v;
            }
            int next = v.indexOf(':', colon + 1);
            return v.substring(colon + 1, next < 0 ? v.length() : next);
        }
        return "";
    }

    private static String mountKey(ComposeNode item, String defaultDir) {
        if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            return defaultDir + "/" + s.value();
        }
        if (item instanceof ComposeMapping m) {
            Optional<ComposeScalar> target = m.nonNullScalar("target");
            if (target.isPresent()) {
                return target.get().value();
            }
            Optional<ComposeScalar> source = m.nonNullScalar("source");
            return defaultDir + "/" + (source.isPresent() ? source.get().value() : "");
        }
        return null;
    }

    private String envFileKey(ComposeNode item, int depth) {
        if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            return s.value();
        }
        if (item instanceof ComposeMapping m) {
            Optional<ComposeScalar> p = m.nonNullScalar("path");
            return p.isPresent() ? p.get().value() : null;
        }
        return "";
    }

    private static String portKey(ComposeNode item) {
        if (item instanceof ComposeScalar s) {
            return s.type() == ScalarType.NULL ? "" : s.value();
        }
        if (item instanceof ComposeMapping m) {
            return text(m, "host_ip", "0.0.0.0") + ":" + text(m, "published", "") + ":" + text(m, "target", "")
                    + "/" + text(m, "protocol", "tcp");
        }
        return "";
    }

    private static String text(ComposeMapping m, String key, String absent) {
        Optional<ComposeScalar> s = m.nonNullScalar(key);
        return s.isPresent() ? s.get().value() : absent;
    }

    private Indexer indexer(int depth) {
        for (String[] p : KEY_VALUE_PATHS) {
            if (ModelPath.matches(path, depth, p)) {
                return Indexer.KEY_VALUE;
            }
        }
        if (ModelPath.matches(path, depth, VOLUMES)) {
            return Indexer.VOLUME;
        }
        if (ModelPath.matches(path, depth, DEVICES)) {
            return Indexer.DEVICE;
        }
        if (ModelPath.matches(path, depth, CONFIGS)) {
            return Indexer.CONFIG;
        }
        if (ModelPath.matches(path, depth, SECRETS)) {
            return Indexer.SECRET;
        }
        if (ModelPath.matches(path, depth, ENV_FILES)) {
            return Indexer.ENV_FILE;
        }
        if (ModelPath.matches(path, depth, EXPOSE)) {
            return Indexer.EXPOSE;
        }
        if (ModelPath.matches(path, depth, PORTS)) {
            return Indexer.PORT;
        }
        return null;
    }
}
