package dev.bulwark.compose;

import java.math.BigInteger;

/** The model as JSON text, typed as compose-go hands it to its schema validator (tests only). */
final class JsonText {
    private JsonText() {
    }

    static String of(ComposeNode node) {
        StringBuilder b = new StringBuilder();
        write(node, b);
        return b.toString();
    }

    private static void write(ComposeNode node, StringBuilder b) {
        if (node instanceof ComposeMapping m) {
            b.append('{');
            boolean first = true;
            for (ComposeEntry e : m.entries()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(e.key(), b);
                b.append(':');
                write(e.value(), b);
            }
            b.append('}');
        } else if (node instanceof ComposeSequence s) {
            b.append('[');
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(s.items().get(i), b);
            }
            b.append(']');
        } else {
            ComposeScalar s = (ComposeScalar) node;
            switch (s.type()) {
                case NULL -> b.append("null");
                case BOOLEAN -> b.append(s.asBoolean().orElse(Boolean.FALSE));
                case INTEGER -> b.append(integer(s.value()));
                case FLOAT -> {
                    double d = s.asDouble().orElse(Double.NaN);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        string(s.value(), b);
                    } else {
                        b.append(d);
                    }
                }
                default -> string(s.value(), b);
            }
        }
    }

    /** YAML 1.2 integers: decimal, {@code 0o} octal, {@code 0x} hexadecimal. */
    private static String integer(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8).toString();
        }
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16).toString();
        }
        return new BigInteger(t).toString();
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
