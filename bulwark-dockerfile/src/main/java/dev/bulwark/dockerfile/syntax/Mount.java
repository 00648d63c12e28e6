package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code RUN --mount=...} (spec 1.8). {@code type} is lower-cased ({@code bind} by default);
 * {@code fields} maps canonical keys ({@code target}, {@code source}, {@code from}, {@code id},
 * {@code readonly}, {@code sharing}, {@code required}, {@code size}, {@code mode}, {@code uid},
 * {@code gid}, {@code env}) to raw values (a bare {@code ro}/{@code required} is {@code "true"},
 * a bare {@code rw} is {@code readonly=false}). {@code range} is the range of the flag.
 */
public record Mount(String type, Map<String, String> fields, TextRange range) {

    public Mount {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public Optional<String> target() {
        return field("target");
    }

    public Optional<String> source() {
        return field("source");
    }

    public Optional<String> id() {
        return field("id");
    }

    public Optional<String> from() {
        return field("from");
    }

    public Optional<String> sharing() {
        return field("sharing");
    }

    public Optional<String> env() {
        return field("env");
    }

    public boolean isCache() {
        return type.equals("cache");
    }

    public boolean isSecret() {
        return type.equals("secret");
    }

    public boolean isSsh() {
        return type.equals("ssh");
    }

    /** Effective read-only state: explicit value, else the type's default (spec 1.8). */
    public boolean readOnly() {
        String ro = fields.get("readonly");
        if (ro != null) {
            return Boolean.parseBoolean(ro);
        }
        return switch (type) {
            case "bind", "secret", "ssh" -> true;
            default -> false;
        };
    }

    public boolean required() {
        return Boolean.parseBoolean(fields.getOrDefault("required", "false"));
    }
}
