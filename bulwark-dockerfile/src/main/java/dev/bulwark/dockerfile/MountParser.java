package dev.bulwark.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Mount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code RUN --mount=<csv>} as BuildKit's {@code parseMount} reads it (spec 1.8): CSV fields,
 * case-insensitive keys with aliases, per-type rules. Values holding a variable are only checked
 * where BuildKit checks them before expansion ({@code from}).
 */
final class MountParser {
    private static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
    private static final List<String> KEYS = List.of("type", "from", "source", "target", "readonly", "id", "sharing",
            "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env");

    private MountParser() {
    }

    static Optional<Mount> parse(String value, TextRange range, ProblemSink problems) {
        List<String> fields = csv(value, range, problems);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String type = "bind";
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : fields) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (eq < 0) {
                switch (key) {
                    case "readonly", "ro" -> out.put("readonly", "true");
                    case "readwrite", "rw" -> out.put("readonly", "false");
                    case "required" -> {
                        if (type.equals("secret") || type.equals("ssh")) {
                            out.put("required", "true");
                        } else {
                            problems.report(range, "unexpected key '" + key + "' for mount type '" + type + "'");
                        }
                    }
                    default -> problems.report(range, "invalid field '" + field + "' must be a key=value pair");
                }
                continue;
            }
            String v = field.substring(eq + 1);
            boolean variable = hasVariable(v);
            switch (key) {
                case "type" -> {
                    String t = v.toLowerCase(Locale.ROOT);
                    if (!variable && !TYPES.contains(t)) {
                        problems.report(range, Suggest.withSuggestion("unsupported mount type \"" + v + "\"", t, TYPES, true));
                    }
                    type = t;
                }
                case "from" -> {
                    if (variable) {
                        problems.report(range, "'from' doesn't support variable expansion, define alias stage instead");
                    }
                    out.put("from", v);
                }
                case "source", "src" -> out.put("source", v);
                case "target", "dst", "destination" -> out.put("target", v);
                case "readonly", "ro", "readwrite", "rw" -> {
                    Optional<Boolean> b = GoBool.parse(v);
                    if (b.isEmpty() && !variable) {
                        problems.report(range, "invalid value for " + key + ": " + v);
                    }
                    boolean readOnlyKey = key.equals("ro") || key.equals("readonly");
                    if (b.isPresent()) {
                        out.put("readonly", String.valueOf(readOnlyKey == b.get()));
                    }
                }
                case "required" -> {
                    if (type.equals("secret") || type.equals("ssh")) {
                        Optional<Boolean> b = GoBool.parse(v);
                        if (b.isEmpty() && !variable) {
                            problems.report(range, "invalid value for " + key + ": " + v);
                        }
                        if (b.isPresent()) {
                            out.put("required", String.valueOf(b.get()));
                        }
                    } else {
                        problems.report(range, "unexpected key '" + key + "' for mount type '" + type + "'");
                    }
                }
                case "sharing" -> {
                    String sh = v.toLowerCase(Locale.ROOT);
                    if (!variable && !v.isEmpty() && !List.of("shared", "private", "locked").contains(sh)) {
                        problems.report(range, "unsupported sharing value \"" + v + "\"");
                    }
                    out.put("sharing", sh);
                }
                case "mode" -> numeric(out, key, v, 8, variable, range, problems);
                case "uid", "gid" -> numeric(out, key, v, 10, variable, range, problems);
                case "id" -> out.put("id", v);
                case "size" -> {
                    if (!type.equals("tmpfs")) {
                        problems.report(range, "unexpected key 'size' for mount type '" + type + "'");
                    } else if (!variable && !isByteSize(v)) {
                        problems.report(range, "invalid size: '" + v + "'");
                    }
                    out.put("size", v);
                }
                case "env" -> out.put("env", v);
                default -> problems.report(range,
                        Suggest.withSuggestion("unexpected key '" + key + "' in '" + field + "'", key, KEYS, true));
            }
        }
        checkCombinations(type, out, range, problems);
        return Optional.of(new Mount(type, out, range));
    }

    // spec 1.8 mount table: per-type restrictions.
    private static void checkCombinations(String type, Map<String, String> f, TextRange range, ProblemSink problems) {
        if (f.containsKey("sharing") && !type.equals("cache")) {
            problems.report(range, "invalid cache sharing set for " + type + " mount");
        }
        if (type.equals("secret")) {
            if (f.containsKey("from")) {
                problems.report(range, "secret mount should not have a from");
            }
            if (f.containsKey("source") && f.containsKey("id")) {
                problems.report(range, "both source and id can't be set");
            }
        }
        if (type.equals("ssh") && f.containsKey("source")) {
            problems.report(range, "ssh does not support source");
        }
        if (!type.equals("cache") && !type.equals("secret") && !type.equals("ssh")) {
            for (String key : List.of("mode", "uid", "gid")) {
                if (f.containsKey(key)) {
                    problems.report(range, key + " not supported for " + type + " mounts");
                }
            }
        }
    }

    private static void numeric(Map<String, String> out, String key, String v, int radix, boolean variable,
            TextRange range, ProblemSink problems) {
        if (!variable && !isUint32(v, radix)) {
            problems.report(range, "invalid value " + v + " for " + key);
        }
        out.put(key, v);
    }

    private static boolean isUint32(String v, int radix) {
        if (v.isEmpty() || v.length() > 12) {
            return false;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            int d = v.charAt(i) - '0';
            if (d < 0 || d >= radix) {
                return false;
            }
            n = n * radix + d;
        }
        return n <= 0xFFFFFFFFL;
    }

    /** go-units {@code RAMInBytes}: {@code 64m}, {@code 1.5GiB}, {@code 1024}. */
    private static boolean isByteSize(String v) {
        int i = 0;
        int n = v.length();
        int digits = 0;
        while (i < n && (v.charAt(i) >= '0' && v.charAt(i) <= '9' || v.charAt(i) == '.' && digits > 0)) {
            digits++;
            i++;
        }
        if (digits == 0 || v.charAt(i - 1) == '.') {
            return false;
        }
        if (i < n && v.charAt(i) == ' ') {
            i++;
        }
        if (i < n && "kKmMgGtTpP".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        if (i < n && (v.charAt(i) == 'i' || v.charAt(i) == 'I')) {
            i++;
        }
        if (i < n && (v.charAt(i) == 'b' || v.charAt(i) == 'B')) {
            i++;
        }
        return i == n;
    }

    static boolean hasVariable(String v) {
        int d = v.indexOf('$');
        return d >= 0 && d + 1 < v.length();
    }

    /** One record of Go's {@code encoding/csv} reader (no lazy quotes). */
    private static List<String> csv(String s, TextRange range, ProblemSink problems) {
        List<String> fields = new ArrayList<>();
        if (s.isEmpty()) {
            problems.report(range, "failed to parse csv mounts: EOF");
            return fields;
        }
        int i = 0;
        int n = s.length();
        while (true) {
            StringBuilder field = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        problems.report(range, "failed to parse csv mounts: extraneous or missing \" in quoted-field");
                        return List.of();
                    }
                    char c = s.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        if (i + 1 == n || s.charAt(i + 1) == ',') {
                            i++;
                            break;
                        }
                        problems.report(range, "failed to parse csv mounts: extraneous or missing \" in quoted-field");
                        return List.of();
                    }
                    field.append(c);
                    i++;
                }
            } else {
                while (i < n && s.charAt(i) != ',') {
                    if (s.charAt(i) == '"') {
                        problems.report(range, "failed to parse csv mounts: bare \" in non-quoted-field");
                        return List.of();
                    }
                    field.append(s.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++;
        }
    }
}
