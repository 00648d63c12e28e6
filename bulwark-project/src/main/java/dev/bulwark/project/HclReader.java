package dev.bulwark.project;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded reader for the subset of HCL that {@code docker-bake.hcl} files use: blocks with
 * labels ({@code target "app" { ... }}, {@code group}, {@code variable}), attributes
 * ({@code context = "."}), strings, numbers, booleans, lists and objects ({@code contexts = { a =
 * "./a" }}). Anything else (function calls, conditionals, heredocs, {@code for} expressions) reads
 * as an unknown value, skipped up to its end. Comments ({@code #}, {@code //}, {@code /* *}{@code /})
 * are skipped. Total: bad input gives what could be read; past {@link #MAX_TOKENS} tokens or
 * {@link #MAX_DEPTH} nesting, reading stops.
 */
public final class HclReader {
    static final int MAX_TOKENS = 200_000;
    static final int MAX_DEPTH = 32;

    /** A block: its type, labels (with the first label's range), attributes and nested blocks. */
    public record Block(String type, List<String> labels, TextRange labelRange, Map<String, Object> attributes,
                        List<Block> blocks) {
    }

    /** A value that is not a literal (a call, a reference that is not a known variable, an expression). */
    public enum Unknown { VALUE }

    /** A variable reference written bare ({@code context = BASE}), resolved by the caller. */
    public record Reference(String name) {
    }

    private final String text;
    private int pos;
    private int tokens;

    private HclReader(String text) {
        this.text = text;
    }

    /** The top-level blocks of a file. */
    public static List<Block> read(String text) {
        HclReader r = new HclReader(text);
        List<Block> out = new ArrayList<>();
        r.body(out, new LinkedHashMap<>(), 0, false);
        return out;
    }

    private boolean budget() {
        return ++tokens < MAX_TOKENS;
    }

    // Reads attributes and blocks until `}` (nested) or the end of the text.
    private void body(List<Block> blocks, Map<String, Object> attributes, int depth, boolean nested) {
        while (budget()) {
            skipSpace(true);
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '}') {
                if (nested) {
                    pos++;
                }
                return;
            }
            if (!isIdentStart(c)) {
                pos++;
                continue;
            }
            String name = ident();
            skipSpace(false);
            if (pos < text.length() && (text.charAt(pos) == '=' || text.charAt(pos) == ':')) {
                pos++;
                attributes.put(name, value(depth + 1));
                continue;
            }
            List<String> labels = new ArrayList<>();
            TextRange labelRange = TextRange.empty(pos);
            while (pos < text.length() && budget()) {
                skipSpace(false);
                if (pos < text.length() && text.charAt(pos) == '"') {
                    int start = pos;
                    labels.add(string());
                    if (labels.size() == 1) {
                        labelRange = new TextRange(start, pos);
                    }
                } else if (pos < text.length() && isIdentStart(text.charAt(pos))) {
                    labels.add(ident());
                } else {
                    break;
                }
            }
            if (pos < text.length() && text.charAt(pos) == '{' && depth < MAX_DEPTH) {
                pos++;
                Block block = new Block(name, labels, labelRange, new LinkedHashMap<>(), new ArrayList<>());
                body(block.blocks(), block.attributes(), depth + 1, true);
                blocks.add(block);
            }
        }
        pos = text.length();
    }

    private Object value(int depth) {
        skipSpace(false);
        if (pos >= text.length() || depth > MAX_DEPTH || !budget()) {
            return Unknown.VALUE;
        }
        char c = text.charAt(pos);
        Object v;
        if (c == '"') {
            v = string();
        } else if (c == '[') {
            pos++;
            List<Object> list = new ArrayList<>();
            while (budget()) {
                skipSpace(true);
                if (pos >= text.length()) {
                    break;
                }
                if (text.charAt(pos) == ']') {
                    pos++;
                    break;
                }
                if (text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                int before = pos;
                list.add(value(depth + 1));
                if (pos == before) {
                    pos++;
                }
            }
            v = list;
        } else if (c == '{') {
            pos++;
            Map<String, Object> map = new LinkedHashMap<>();
            while (budget()) {
                skipSpace(true);
                if (pos >= text.length()) {
                    break;
                }
                char d = text.charAt(pos);
                if (d == '}') {
                    pos++;
                    break;
                }
                if (d == ',') {
                    pos++;
                    continue;
                }
                String key = d == '"' ? string() : isIdentStart(d) ? ident() : null;
                if (key == null) {
                    pos++;
                    continue;
                }
                skipSpace(false);
                if (pos < text.length() && (text.charAt(pos) == '=' || text.charAt(pos) == ':')) {
                    pos++;
                    map.put(key, value(depth + 1));
                }
            }
            v = map;
        } else if (isIdentStart(c)) {
            String id = ident();
            skipSpace(false);
            if (pos < text.length() && (text.charAt(pos) == '(' || text.charAt(pos) == '.' || text.charAt(pos) == '[')) {
                skipExpression();
                return Unknown.VALUE;
            }
            v = id.equals("true") || id.equals("false") ? id : id.equals("null") ? Unknown.VALUE : new Reference(id);
        } else if (Character.isDigit(c) || c == '-') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || text.charAt(pos) == '-')) {
                pos++;
            }
            v = text.substring(start, pos);
        } else {
            skipExpression();
            return Unknown.VALUE;
        }
        // An operator or condition after the value makes it an expression.
        skipSpace(false);
        if (pos < text.length() && "?+*/<>=!&|%".indexOf(text.charAt(pos)) >= 0) {
            skipExpression();
            return Unknown.VALUE;
        }
        return v;
    }

    // Skips to the end of the line, outside brackets and strings.
    private void skipExpression() {
        int nesting = 0;
        while (pos < text.length() && budget()) {
            char c = text.charAt(pos);
            if (c == '"') {
                string();
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                nesting++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (nesting == 0) {
                    return;
                }
                nesting--;
            } else if ((c == '\n' || c == ',') && nesting == 0) {
                return;
            }
            pos++;
        }
    }

    // A quoted string with HCL escapes; `${...}` kept as written for the caller to interpolate.
    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        int interpolation = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                out.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
                continue;
            }
            if (c == '$' && pos < text.length() && text.charAt(pos) == '{') {
                interpolation++;
                out.append("${");
                pos++;
                continue;
            }
            if (c == '}' && interpolation > 0) {
                interpolation--;
            }
            if (c == '"' && interpolation == 0) {
                break;
            }
            if (c == '\n' && interpolation == 0) {
                break;
            }
            out.append(c);
        }
        return out.toString();
    }

    private String ident() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '-')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private void skipSpace(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || (newlines && c == '\n')) {
                pos++;
            } else if (c == '#' || (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '/')) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < text.length() && text.charAt(pos + 1) == '*') {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    static Optional<String> string(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
