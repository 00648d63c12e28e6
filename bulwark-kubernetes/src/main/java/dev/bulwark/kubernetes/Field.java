package dev.bulwark.kubernetes;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import dev.bulwark.yaml.YamlTags;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One value of a manifest where it is really written: a mapping entry ({@code key: value}) or a
 * sequence item. Spans are exact; a value that comes through a YAML alias or merge key has the span
 * of its anchored definition (the adapter shares the node), so a finding lands where the text is.
 *
 * <p>Scalars are read the way Kubernetes reads them: {@code kubectl} and the API server decode YAML
 * with YAML 1.1 rules, so a plain {@code yes}/{@code on}/{@code off} is a boolean there although
 * YAML 1.2 calls it a string. {@link #bool()} follows Kubernetes; quoted {@code "true"} is a string,
 * which the API rejects for a boolean field (reported by the reader as a problem).
 */
public final class Field {
    private final SourceText source;
    private final YamlNode keyNode;
    private final YamlNode value;
    private final String key;

    private Field(SourceText source, YamlNode keyNode, String key, YamlNode value) {
        this.source = source;
        this.keyNode = keyNode;
        this.key = key;
        this.value = value;
    }

    static Field entry(SourceText source, YamlNode keyNode, String key, YamlNode value) {
        return new Field(source, keyNode, key, value);
    }

    static Field item(SourceText source, YamlNode value) {
        return new Field(source, null, "", value);
    }

    /** The key, or {@code ""} for a sequence item. */
    public String key() {
        return key;
    }

    /** True for a sequence item (no key). */
    public boolean isItem() {
        return keyNode == null;
    }

    public YamlNode node() {
        return value;
    }

    public SourceText source() {
        return source;
    }

    /** The value as written (for an empty value, an empty span where it would be). */
    public Span valueSpan() {
        return new Span(source, value.range());
    }

    /** The key as written; the value's span for a sequence item. */
    public Span keySpan() {
        return keyNode == null ? valueSpan() : new Span(source, keyNode.range());
    }

    /**
     * From the key through the value when both are written together; the key alone when the value
     * lives elsewhere (an alias to an anchor defined before the key).
     */
    public Span span() {
        if (keyNode == null) {
            return valueSpan();
        }
        if (value.range().start() >= keyNode.range().end()) {
            return new Span(source, keyNode.range().cover(value.range()));
        }
        return keySpan();
    }

    /** The scalar's text, for any scalar that is not null; empty for collections. */
    public Optional<String> text() {
        if (value instanceof YamlScalar s && !s.isNull()) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    /** {@link #text()} or {@code ""}. */
    public String textOrEmpty() {
        return value instanceof YamlScalar s && !s.isNull() ? s.value() : "";
    }

    public boolean isScalar() {
        return value instanceof YamlScalar;
    }

    public boolean isMapping() {
        return value instanceof YamlMapping;
    }

    public boolean isSequence() {
        return value instanceof YamlSequence;
    }

    public Optional<YamlMapping> mapping() {
        return value instanceof YamlMapping m ? Optional.of(m) : Optional.empty();
    }

    public Optional<YamlSequence> sequence() {
        return value instanceof YamlSequence s ? Optional.of(s) : Optional.empty();
    }

    /** A string scalar as Kubernetes decodes it (quoted, or plain and not a number, boolean or null). */
    public boolean isString() {
        return value instanceof YamlScalar s && Scalars.isString(s);
    }

    /** The boolean Kubernetes reads (YAML 1.1 words for plain scalars); empty when not a boolean. */
    public Optional<Boolean> bool() {
        return value instanceof YamlScalar s ? Scalars.bool(s) : Optional.empty();
    }

    public boolean isTrue() {
        Optional<Boolean> b = bool();
        return b.isPresent() && b.get();
    }

    public boolean isFalse() {
        Optional<Boolean> b = bool();
        return b.isPresent() && !b.get();
    }

    /** The integer of an integer scalar (decimal, {@code 0x}, {@code 0o}); empty otherwise. */
    public OptionalLong integer() {
        return value instanceof YamlScalar s ? Scalars.integer(s) : OptionalLong.empty();
    }

    /** True when the value was written in quotes. */
    public boolean isQuoted() {
        return value instanceof YamlScalar s && s.style().isQuoted();
    }

    /** True when the value is a block scalar ({@code |} or {@code >}). */
    public boolean isBlock() {
        return value instanceof YamlScalar s && s.style().isBlock();
    }

    /** True for a null scalar ({@code key:} with nothing, {@code ~}, {@code null}). */
    public boolean isNull() {
        return value instanceof YamlScalar s && YamlTags.NULL.equals(s.tag());
    }

    @Override
    public String toString() {
        return keyNode == null ? "Field[item " + textOrEmpty() + "]" : "Field[" + key + ": " + textOrEmpty() + "]";
    }
}
