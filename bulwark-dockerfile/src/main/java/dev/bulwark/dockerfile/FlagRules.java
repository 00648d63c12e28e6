package dev.bulwark.dockerfile;

import dev.bulwark.dockerfile.syntax.Flag;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The flags each instruction accepts and BuildKit's {@code BFlags.Parse} checks (spec 1.5, 1.8):
 * unknown flags (with a suggestion), duplicates (except repeatable ones), missing values, boolean
 * values. Flag names are case-sensitive.
 */
final class FlagRules {

    enum Type { STRING, BOOL, STRINGS }

    private static final Map<String, Map<String, Type>> TABLE = Map.ofEntries(
            Map.entry("from", Map.of("platform", Type.STRING)),
            Map.entry("run", Map.of("mount", Type.STRINGS, "network", Type.STRING, "security", Type.STRING,
                    "device", Type.STRINGS)),
            Map.entry("add", Map.of("chown", Type.STRING, "chmod", Type.STRING, "link", Type.BOOL,
                    "keep-git-dir", Type.BOOL, "checksum", Type.STRING, "unpack", Type.BOOL, "exclude", Type.STRINGS)),
            Map.entry("copy", Map.of("from", Type.STRING, "chown", Type.STRING, "chmod", Type.STRING,
                    "link", Type.BOOL, "parents", Type.BOOL, "exclude", Type.STRINGS)),
            Map.entry("healthcheck", Map.of("interval", Type.STRING, "timeout", Type.STRING,
                    "start-period", Type.STRING, "start-interval", Type.STRING, "retries", Type.STRING)));

    private FlagRules() {
    }

    /** Validates the flags of an instruction whose parser calls {@code flags.Parse()}. */
    static void validate(String keywordLower, List<Flag> flags, ProblemSink problems) {
        Map<String, Type> allowed = TABLE.getOrDefault(keywordLower, Map.of());
        Set<String> used = new HashSet<>();
        for (Flag flag : flags) {
            String name = flag.name();
            Type type = allowed.get(name);
            if (type == null) {
                problems.report(flag.range(), Suggest.withSuggestion("unknown flag: --" + name, name,
                        allowed.keySet().stream().sorted().toList(), true));
                continue;
            }
            if (!used.add(name) && type != Type.STRINGS) {
                problems.report(flag.range(), "duplicate flag specified: --" + name);
            }
            switch (type) {
                case BOOL -> {
                    if (flag.value().isPresent()) {
                        String v = flag.value().get();
                        if (v.isEmpty()) {
                            problems.report(flag.range(), "missing a value on flag: --" + name);
                        } else if (!v.toLowerCase(Locale.ROOT).equals("true") && !v.toLowerCase(Locale.ROOT).equals("false")) {
                            problems.report(flag.range(), "expecting boolean value for flag --" + name + ", not: " + v);
                        }
                    }
                }
                case STRING, STRINGS -> {
                    if (flag.value().isEmpty()) {
                        problems.report(flag.range(), "missing a value on flag: --" + name);
                    }
                }
            }
        }
    }
}
