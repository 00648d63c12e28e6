package dev.bulwark.engine.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value with the character offset where it starts, so a finding can point at the entry of
 * a scanner's report it came from. Only what reading the reports needs: objects, arrays, strings;
 * numbers, booleans and null are kept as their text.
 */
final class JsonNode {
    private static final int MAX_DEPTH = 64;

    private final Object value;
    private final int start;

    private JsonNode(Object value, int start) {
        this.value = value;
        this.start = start;
    }

    static JsonNode parse(String text) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            if (p.nextToken() == null) {
                throw new IOException("empty file");
            }
            return read(p, 0);
        }
    }

    private static JsonNode read(JsonParser p, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("nested deeper than " + MAX_DEPTH + " levels");
        }
        int start = (int) p.currentTokenLocation().getCharOffset();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                fields.put(name, read(p, depth + 1));
            }
            return new JsonNode(fields, start);
        }
        if (token == JsonToken.START_ARRAY) {
            List<JsonNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(p, depth + 1));
            }
            return new JsonNode(items, start);
        }
        return new JsonNode(token == JsonToken.VALUE_NULL ? null : p.getText(), start);
    }

    int start() {
        return start;
    }

    boolean isObject() {
        return value instanceof Map;
    }

    /** The field of an object; empty for a missing field, a null, or when this is not an object. */
    Optional<JsonNode> get(String name) {
        if (!(value instanceof Map<?, ?> fields)) {
            return Optional.empty();
        }
        JsonNode node = (JsonNode) fields.get(name);
        return node == null || node.value == null ? Optional.empty() : Optional.of(node);
    }

    /** The items of an array; empty for anything else. */
    List<JsonNode> items() {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>(list.size());
        for (Object o : list) {
            items.add((JsonNode) o);
        }
        return items;
    }

    /** A field's scalar text; {@code ""} when missing or not a scalar. */
    String text(String name) {
        Optional<JsonNode> node = get(name);
        return node.isPresent() && node.get().value instanceof String s ? s : "";
    }

    /** This value's text when it is a scalar; {@code ""} otherwise. */
    String scalar() {
        return value instanceof String s ? s : "";
    }

    /** The items of an array field. */
    List<JsonNode> list(String name) {
        Optional<JsonNode> node = get(name);
        return node.isPresent() ? node.get().items() : List.of();
    }
}
