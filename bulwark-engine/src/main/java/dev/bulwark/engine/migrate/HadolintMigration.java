package dev.bulwark.engine.migrate;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigValues;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlParser;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a hadolint configuration ({@code .hadolint.yaml}, hadolint's documented keys) into the
 * {@code .bulwark.yaml} that says the same, and lists what bulwark has no equivalent for. Rules
 * are matched through the hadolint codes in the rules' {@code aliases}: an ignored or re-graded
 * hadolint rule becomes the bulwark rules that check the same thing.
 */
public final class HadolintMigration {
    /** The configuration text, and one line per hadolint setting bulwark cannot express. */
    public record Result(String config, List<String> unmapped) {
        public Result {
            unmapped = List.copyOf(unmapped);
        }
    }

    private static final List<String> LEVELS = List.of("error", "warning", "info", "style", "ignore", "none");

    private final RuleCatalog catalog;

    public HadolintMigration(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public Result migrate(SourceText hadolint) throws ConfigException {
        Reading reading = new Reading(hadolint, aliases());
        reading.read();
        return new Result(reading.render(), reading.unmapped);
    }

    /** Every rule by the codes of other tools it mirrors (hadolint's DL codes among them). */
    private Map<String, List<RuleMeta>> aliases() {
        Map<String, List<RuleMeta>> byAlias = new LinkedHashMap<>();
        for (RuleMeta meta : catalog.metas()) {
            for (String alias : meta.aliases()) {
                byAlias.computeIfAbsent(alias, a -> new ArrayList<>()).add(meta);
            }
        }
        return byAlias;
    }

    /** One migration: what was read, in the order the output lists it. */
    private static final class Reading {
        private final SourceText source;
        private final ConfigValues values;
        private final Map<String, List<RuleMeta>> aliases;
        private final List<String> unmapped = new ArrayList<>();
        private String failOn;
        private String failOnComment;
        private final List<String> trusted = new ArrayList<>();
        // bulwark code -> the hadolint codes it stands for
        private final Map<String, List<String>> ignore = new LinkedHashMap<>();
        private final Map<String, String> severity = new LinkedHashMap<>();
        private final Map<String, String> severityComment = new LinkedHashMap<>();
        private final List<String> enable = new ArrayList<>();

        Reading(SourceText source, Map<String, List<RuleMeta>> aliases) {
            this.source = source;
            this.values = new ConfigValues(source);
            this.aliases = aliases;
        }

        void read() throws ConfigException {
            YamlFile yaml = new YamlParser().parse(source);
            if (yaml.hasProblems()) {
                throw error(yaml.problems().get(0).range(), "invalid YAML: " + yaml.problems().get(0).message());
            }
            if (yaml.documents().isEmpty() || isNull(yaml.documents().get(0).root())) {
                return;
            }
            YamlMapping root = mapping(yaml.documents().get(0).root(), "a hadolint configuration");
            String threshold = null;
            boolean noFail = false;
            for (YamlEntry e : root.entries()) {
                String key = text(e.key(), "a key");
                YamlNode value = e.value();
                switch (key) {
                    case "ignored" -> {
                        for (String code : strings(value, key)) {
                            ignored(code);
                        }
                    }
                    case "override" -> override(value);
                    case "trustedRegistries", "trusted-registries" -> trusted.addAll(strings(value, key));
                    case "failure-threshold" -> threshold = level(value, key);
                    case "no-fail" -> noFail = bool(value, key);
                    case "label-schema", "strict-labels" -> unmapped.add(key + ": bulwark has no rule that requires "
                            + "labels or checks their values (hadolint DL3049-DL3058); it checks label keys "
                            + "(DF119 invalid-label-key, DF120 label-key-style)");
                    case "disable-ignore-pragma" -> unmapped.add(key + ": bulwark always honours `# hadolint ignore=` "
                            + "comments through the rules' aliases; `unused-suppression` reports those that suppress nothing");
                    case "format" -> unmapped.add(key + ": a command-line choice in bulwark: `bulwark check --format "
                            + "text|json|sarif`");
                    case "no-color" -> unmapped.add(key + ": a command-line choice in bulwark: `--color never` "
                            + "(or the NO_COLOR variable)");
                    default -> unmapped.add(key + ": not a hadolint setting bulwark knows");
                }
            }
            if (noFail) {
                failOn = "none";
                failOnComment = "hadolint no-fail: true";
            } else if (threshold != null) {
                failOn = switch (threshold) {
                    case "style" -> "info";
                    case "ignore" -> "none";
                    default -> threshold;
                };
                failOnComment = "hadolint failure-threshold: " + threshold
                        + (threshold.equals("style") ? " (bulwark has no style level)" : "");
            } else {
                unmapped.add("failure-threshold: not set, so hadolint fails on info and above; bulwark fails on "
                        + "warning and above unless `fail-on: info` is added");
            }
        }

        private void ignored(String code) {
            List<RuleMeta> rules = aliases.get(code);
            if (rules == null) {
                unmapped.add("ignored " + code + ": " + noRule(code) + ", so there is nothing to ignore");
                return;
            }
            for (RuleMeta meta : rules) {
                ignore.computeIfAbsent(meta.code(), c -> new ArrayList<>()).add(code);
            }
        }

        private void override(YamlNode node) throws ConfigException {
            if (isNull(node)) {
                return;
            }
            for (YamlEntry e : mapping(node, "`override`").entries()) {
                String level = text(e.key(), "a level in `override`");
                if (!LEVELS.contains(level) || level.equals("none")) {
                    throw error(e.key().range(), "`" + level + "` is not a hadolint level (error, warning, info, style)");
                }
                for (String code : strings(e.value(), "override." + level)) {
                    List<RuleMeta> rules = aliases.get(code);
                    if (rules == null) {
                        unmapped.add("override " + level + " " + code + ": " + noRule(code));
                    } else if (level.equals("ignore")) {
                        ignored(code);
                    } else {
                        for (RuleMeta meta : rules) {
                            String bulwarkLevel = level.equals("style") ? "info" : level;
                            severity.put(meta.code(), bulwarkLevel);
                            severityComment.put(meta.code(), code + " override " + level);
                            if (!meta.enabledByDefault() && !enable.contains(meta.code())) {
                                enable.add(meta.code());
                            }
                        }
                    }
                }
            }
        }

        private static String noRule(String code) {
            return code.startsWith("SC") ? "a ShellCheck check, which bulwark does not run"
                    : "no bulwark rule checks what it checks";
        }

        String render() {
            StringBuilder out = new StringBuilder();
            out.append("# Migrated from ").append(source.path()).append(" by `bulwark migrate hadolint`.\n");
            if (failOn != null) {
                out.append("fail-on: ").append(failOn).append("  # ").append(failOnComment).append('\n');
            }
            if (!trusted.isEmpty()) {
                out.append("trusted-registries:\n");
                for (String registry : trusted) {
                    out.append("  - ").append(quoted(registry)).append('\n');
                }
            }
            if (!ignore.isEmpty()) {
                out.append("ignore:\n");
                for (Map.Entry<String, List<String>> e : ignore.entrySet()) {
                    out.append("  - ").append(e.getKey()).append("  # ").append(name(e.getKey())).append(", hadolint ")
                            .append(String.join(", ", e.getValue())).append('\n');
                }
            }
            if (!severity.isEmpty()) {
                out.append("severity:\n");
                for (Map.Entry<String, String> e : severity.entrySet()) {
                    out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append("  # ")
                            .append(name(e.getKey())).append(", hadolint ").append(severityComment.get(e.getKey()))
                            .append('\n');
                }
            }
            if (!enable.isEmpty()) {
                // hadolint runs every rule; these are off by default in bulwark, and an override's
                // `select` adds to the default selection rather than replacing it.
                out.append("overrides:\n  - paths: [\"**\"]\n    select: [").append(String.join(", ", enable))
                        .append("]  # re-graded in hadolint, off by default in bulwark\n");
            }
            return out.toString();
        }

        private String name(String code) {
            for (List<RuleMeta> metas : aliases.values()) {
                for (RuleMeta meta : metas) {
                    if (meta.code().equals(code)) {
                        return meta.name();
                    }
                }
            }
            return code;
        }

        private static String quoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }

        private String level(YamlNode node, String key) throws ConfigException {
            String value = text(node, "`" + key + "`").toLowerCase(Locale.ROOT);
            if (!LEVELS.contains(value)) {
                throw error(node.range(), "`" + key + "` must be one of " + String.join(", ", LEVELS) + ", not `" + value + "`");
            }
            return value;
        }

        private boolean bool(YamlNode node, String key) throws ConfigException {
            if (node instanceof YamlScalar s && s.isBool()) {
                return Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT));
            }
            throw error(node.range(), "`" + key + "` expects true or false");
        }

        /** A list of values, or one value (hadolint accepts `trustedRegistries: docker.io`). */
        private List<String> strings(YamlNode node, String key) throws ConfigException {
            List<String> out = new ArrayList<>();
            if (isNull(node)) {
                return out;
            }
            if (node instanceof YamlSequence s) {
                for (YamlNode item : s.items()) {
                    out.add(text(item, "an entry of `" + key + "`"));
                }
            } else {
                out.add(text(node, "`" + key + "`"));
            }
            return out;
        }

        private YamlMapping mapping(YamlNode node, String what) throws ConfigException {
            return values.mapping(node, what);
        }

        private String text(YamlNode node, String what) throws ConfigException {
            return values.string(node, what);
        }

        private static boolean isNull(YamlNode node) {
            return ConfigValues.isNull(node);
        }

        private ConfigException error(TextRange range, String message) {
            return values.error(range, message);
        }
    }
}
