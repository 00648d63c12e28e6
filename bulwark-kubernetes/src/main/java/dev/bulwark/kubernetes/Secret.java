package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A Secret with its literal values: {@code data} (base64) and {@code stringData} (plain). Values
 * are secrets: report them with redaction ranges ({@link Entry#valueSpan()}), never in messages.
 */
public final class Secret {
    private final KubeObject object;
    private final Field type;
    private final Field dataField;
    private final Field stringDataField;
    private final List<Entry> data;
    private final List<Entry> stringData;

    /** One key of {@code data} or {@code stringData}. */
    public static final class Entry {
        private final Field field;
        private final boolean base64;

        Entry(Field field, boolean base64) {
            this.field = field;
            this.base64 = base64;
        }

        public Field field() {
            return field;
        }

        public String key() {
            return field.key();
        }

        public Span keySpan() {
            return field.keySpan();
        }

        /** The value as written: redact this range in any output. */
        public Span valueSpan() {
            return field.valueSpan();
        }

        /** The value as written (base64 for {@code data}). */
        public String value() {
            return field.textOrEmpty();
        }

        /** True for a {@code data} entry (base64-encoded). */
        public boolean isBase64() {
            return base64;
        }

        /** The plain value: decoded for {@code data} (empty when not valid base64 or not UTF-8 text), as written for {@code stringData}. */
        public Optional<String> plainValue() {
            if (!base64) {
                return Optional.of(value());
            }
            return decode(value());
        }

        /** True when the value is empty (a placeholder to fill at deploy time). */
        public boolean isEmpty() {
            return value().isEmpty();
        }
    }

    private Secret(KubeObject object, Field type, Field dataField, Field stringDataField, List<Entry> data,
                   List<Entry> stringData) {
        this.object = object;
        this.type = type;
        this.dataField = dataField;
        this.stringDataField = stringDataField;
        this.data = data;
        this.stringData = stringData;
    }

    static Secret read(ReadContext ctx, KubeObject object) {
        YamlMapping root = object.root();
        List<Entry> data = entries(ctx, root, "data", true);
        List<Entry> stringData = entries(ctx, root, "stringData", false);
        return new Secret(object, ctx.string(root, "type").orElse(null), ctx.field(root, "data").orElse(null),
                ctx.field(root, "stringData").orElse(null), data, stringData);
    }

    private static List<Entry> entries(ReadContext ctx, YamlMapping root, String key, boolean base64) {
        Optional<YamlMapping> m = ctx.mapping(root, key);
        if (m.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(m.get().entries().size());
        for (YamlEntry e : m.get().entries()) {
            if (!(e.key() instanceof YamlScalar k)) {
                continue;
            }
            Field f = Field.entry(ctx.source(), e.key(), k.value(), e.value());
            if (!(e.value() instanceof YamlScalar v)) {
                ctx.problem(ProblemKind.WRONG_TYPE, f.valueSpan(), "value of `" + k.value() + "` in `" + key
                        + "` is not a string");
                continue;
            }
            if (base64 && !Scalars.isNull(v) && decodable(v.value()).isEmpty()) {
                ctx.problem(ProblemKind.INVALID_VALUE, f.valueSpan(), "value of `" + k.value()
                        + "` in `data` is not base64");
            }
            entries.add(new Entry(f, base64));
        }
        return List.copyOf(entries);
    }

    private static Optional<byte[]> decodable(String text) {
        Optional<String> compact = strip(text);
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(compact.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> decode(String text) {
        Optional<byte[]> bytes = decodable(text);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        String s = new String(bytes.get(), StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') >= 0 ? Optional.empty() : Optional.of(s);
    }

    /** Base64 in YAML may be folded over lines: whitespace removed, empty when the rest is not base64. */
    private static Optional<String> strip(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                b.append(c);
            }
        }
        if (b.length() % 4 != 0 || !isBase64(b)) {
            return Optional.empty();
        }
        return Optional.of(b.toString());
    }

    private static boolean isBase64(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || (c == '=' && i >= s.length() - 2);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public KubeObject object() {
        return object;
    }

    /** {@code type} ({@code Opaque} when absent, {@code kubernetes.io/tls}, {@code kubernetes.io/dockerconfigjson}...). */
    public Optional<Field> type() {
        return Optional.ofNullable(type);
    }

    public String typeText() {
        return type == null ? "Opaque" : type.textOrEmpty();
    }

    public Optional<Field> dataField() {
        return Optional.ofNullable(dataField);
    }

    public Optional<Field> stringDataField() {
        return Optional.ofNullable(stringDataField);
    }

    public List<Entry> data() {
        return data;
    }

    public List<Entry> stringData() {
        return stringData;
    }

    /** {@code data} then {@code stringData} entries. */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>(data.size() + stringData.size());
        all.addAll(data);
        all.addAll(stringData);
        return all;
    }

    @Override
    public String toString() {
        return "Secret[" + object.nameText() + "]";
    }
}
