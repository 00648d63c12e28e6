package dev.bulwark.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BuildKit's {@code parseJSON} (spec 1.6): the whole text must be one JSON array (Go's
 * {@code encoding/json} grammar, trailing JSON whitespace allowed). Elements that are not strings
 * make it a valid array that Docker rejects; anything else is not JSON, and the caller falls back
 * to the shell form. Nesting is tracked with an explicit stack so deep input cannot overflow.
 */
final class JsonArray {
    /** Go's {@code encoding/json} nesting limit. */
    private static final int MAX_DEPTH = 10000;

    /** One element: its offsets in the text, decoded value (raw JSON if not a string). */
    record Element(int start, int end, String value, boolean isString) {
    }

    private final String s;
    private int pos;

    private JsonArray(String s) {
        this.s = s;
    }

    /** The elements if the text is a JSON array, empty if it is not valid JSON. */
    static Optional<List<Element>> parse(String text) {
        int start = GoText.skipSpace(text, 0);
        if (start >= text.length() || text.charAt(start) != '[') {
            return Optional.empty();
        }
        JsonArray parser = new JsonArray(text);
        parser.pos = start;
        return Optional.ofNullable(parser.array());
    }

    static boolean allStrings(List<Element> elements) {
        for (Element e : elements) {
            if (!e.isString()) {
                return false;
            }
        }
        return true;
    }

    private List<Element> array() {
        List<Element> elements = new ArrayList<>();
        pos++;
        ws();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                ws();
                int start = pos;
                if (peek() == '"') {
                    String value = string();
                    if (value == null) {
                        return null;
                    }
                    elements.add(new Element(start, pos, value, true));
                } else {
                    if (!value()) {
                        return null;
                    }
                    elements.add(new Element(start, pos, s.substring(start, pos), false));
                }
                ws();
                char c = peek();
                pos++;
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    return null;
                }
            }
        }
        ws();
        return pos == s.length() ? elements : null;
    }

    /** Skips any JSON value at {@code pos}; false if it is not valid. */
    private boolean value() {
        StringBuilder stack = new StringBuilder();
        while (true) {
            ws();
            char c = peek();
            if (c == '"') {
                if (string() == null) {
                    return false;
                }
            } else if (c == '[' || c == '{') {
                pos++;
                ws();
                char close = c == '[' ? ']' : '}';
                if (peek() == close) {
                    pos++;
                } else {
                    // +1: the enclosing exec-form array counts towards the depth.
                    if (stack.length() + 2 > MAX_DEPTH) {
                        return false;
                    }
                    stack.append(c);
                    if (c == '{' && !key()) {
                        return false;
                    }
                    continue;
                }
            } else if (!scalar()) {
                return false;
            }
            // After a value: close containers or move to the next element.
            while (true) {
                if (stack.length() == 0) {
                    return true;
                }
                ws();
                char top = stack.charAt(stack.length() - 1);
                char d = peek();
                if (d == ',') {
                    pos++;
                    if (top == '{' && !key()) {
                        return false;
                    }
                    break;
                }
                if ((top == '[' && d == ']') || (top == '{' && d == '}')) {
                    pos++;
                    stack.setLength(stack.length() - 1);
                    continue;
                }
                return false;
            }
        }
    }

    private boolean key() {
        ws();
        if (peek() != '"' || string() == null) {
            return false;
        }
        ws();
        if (peek() != ':') {
            return false;
        }
        pos++;
        return true;
    }

    private boolean scalar() {
        if (s.startsWith("true", pos)) {
            pos += 4;
            return true;
        }
        if (s.startsWith("false", pos)) {
            pos += 5;
            return true;
        }
        if (s.startsWith("null", pos)) {
            pos += 4;
            return true;
        }
        return number();
    }

    private boolean number() {
        if (peek() == '-') {
            pos++;
        }
        char c = peek();
        if (c == '0') {
            pos++;
        } else if (c >= '1' && c <= '9') {
            digits();
        } else {
            return false;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                return false;
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                return false;
            }
            digits();
        }
        return true;
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Decodes a JSON string at {@code pos}; null if malformed. */
    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= s.length()) {
                return null;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int cp = hex4();
                    if (cp < 0) {
                        return null;
                    }
                    appendUnicodeEscape(out, (char) cp);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    // Go decodes a valid surrogate pair to one code point and a lone surrogate to U+FFFD.
    private void appendUnicodeEscape(StringBuilder out, char c) {
        if (Character.isHighSurrogate(c) && s.startsWith("\\u", pos)) {
            int save = pos;
            pos += 2;
            int low = hex4();
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                out.append(c).append((char) low);
                return;
            }
            pos = save;
        }
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
    }

    private int hex4() {
        if (pos + 4 > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(s.charAt(pos + i));
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        pos += 4;
        return v;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private void ws() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }
}
