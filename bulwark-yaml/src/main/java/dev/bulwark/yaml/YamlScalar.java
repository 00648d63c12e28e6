package dev.bulwark.yaml;

import dev.bulwark.core.TextRange;
import java.util.Objects;

/**
 * A scalar with its value after YAML unescaping and folding, its style and its tag. Block scalars'
 * ranges end at their last non-blank character (the loader's end mark runs past trailing breaks).
 */
public record YamlScalar(TextRange range, String tag, String anchor, String value, ScalarStyle style)
        implements YamlNode {

    public YamlScalar {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(style, "style");
    }

    /** An empty value ({@code key:} with nothing after it, {@code ~}, {@code null}). */
    public boolean isNull() {
        return YamlTags.NULL.equals(tag);
    }

    public boolean isString() {
        return YamlTags.STR.equals(tag);
    }

    public boolean isBool() {
        return YamlTags.BOOL.equals(tag);
    }

    public boolean isInt() {
        return YamlTags.INT.equals(tag);
    }
}
