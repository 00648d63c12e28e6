package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bulwark.core.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings a team has accepted ({@code .bulwark-baseline.json}): {@code check --baseline}
 * reports only the others. A finding matches an entry of its rule and path whose line hash
 * ({@link Fingerprints}) equals its own, so lines inserted above it change nothing while an edit
 * of its line makes it new. Entries with the same message are matched first; imported scanner
 * results ({@code IM} rules), whose identity is their message (one line, many vulnerabilities),
 * match only those.
 */
public final class Baseline {
    public static final String DEFAULT_FILE = ".bulwark-baseline.json";
    static final int FORMAT_VERSION = 1;

    private final List<BaselineEntry> entries;

    public Baseline(List<BaselineEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The baseline that accepts every finding of a run (messages with their secrets masked). */
    public static Baseline of(List<Finding> findings, SourceLookup sources) {
        Fingerprints fingerprints = new Fingerprints(sources);
        FileSecrets secrets = new FileSecrets(findings);
        List<BaselineEntry> entries = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String message = Redaction.scrubMessage(f, sources.find(f.path()), secrets.of(f.path()));
            entries.add(new BaselineEntry(f.rule().code(), f.path(), fingerprints.of(f),
                    Region.of(f.location()).line(), message));
        }
        return new Baseline(entries);
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /** What is left of a run's findings (in their order) once the baseline's are taken out. */
    public record Match(List<Finding> kept, int baselined, List<BaselineEntry> stale) {
    }

    public Match apply(List<Finding> findings, SourceLookup sources) {
        Fingerprints fingerprints = new Fingerprints(sources);
        FileSecrets secrets = new FileSecrets(findings);
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BaselineEntry e = entries.get(i);
            String key = key(e.rule(), e.path(), e.fingerprint());
            List<Integer> list = byKey.get(key);
            if (list == null) {
                list = new ArrayList<>();
                byKey.put(key, list);
            }
            list.add(i);
        }
        boolean[] used = new boolean[entries.size()];
        boolean[] matched = new boolean[findings.size()];
        String[] keys = new String[findings.size()];
        String[] messages = new String[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            keys[i] = key(f.rule().code(), f.path(), fingerprints.of(f));
            messages[i] = Redaction.scrubMessage(f, sources.find(f.path()), secrets.of(f.path()));
            matched[i] = take(byKey.get(keys[i]), used, messages[i]);
        }
        for (int i = 0; i < findings.size(); i++) {
            if (!matched[i] && !findings.get(i).rule().prefix().equals("IM")) {
                matched[i] = take(byKey.get(keys[i]), used, null);
            }
        }
        List<Finding> kept = new ArrayList<>();
        int baselined = 0;
        for (int i = 0; i < findings.size(); i++) {
            if (matched[i]) {
                baselined++;
            } else {
                kept.add(findings.get(i));
            }
        }
        List<BaselineEntry> stale = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!used[i]) {
                stale.add(entries.get(i));
            }
        }
        return new Match(kept, baselined, stale);
    }

    /** Marks the first unused candidate with {@code message} (any message when null) used. */
    private boolean take(List<Integer> candidates, boolean[] used, String message) {
        if (candidates == null) {
            return false;
        }
        for (int index : candidates) {
            if (!used[index] && (message == null || entries.get(index).message().equals(message))) {
                used[index] = true;
                return true;
            }
        }
        return false;
    }

    private static String key(String rule, String path, String fingerprint) {
        return rule + '\n' + path + '\n' + fingerprint;
    }

    /** Writes the baseline as JSON, entries in the order given (the report's). */
    public void write(ToolInfo tool, Appendable out) throws IOException {
        JsonGenerator g = JsonOutput.open(out);
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeEndObject();
        g.writeNumberField("baselineVersion", FORMAT_VERSION);
        g.writeArrayFieldStart("findings");
        for (BaselineEntry e : entries) {
            writeEntry(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
        JsonOutput.finish(g);
    }

    /** One entry as an object, as the baseline file and the JSON report's stale list write it. */
    static void writeEntry(JsonGenerator g, BaselineEntry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", e.rule());
        g.writeStringField("path", e.path());
        g.writeStringField("fingerprint", e.fingerprint());
        g.writeNumberField("line", e.line());
        g.writeStringField("message", e.message());
        g.writeEndObject();
    }

    /** Thrown for a baseline file that is not one; the message names the line and column. */
    public static final class InvalidBaseline extends Exception {
        InvalidBaseline(String message) {
            super(message);
        }
    }

    /** Reads a baseline file's text; unknown fields are ignored, missing ones are errors. */
    public static Baseline read(String json) throws InvalidBaseline {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(p, "a baseline is a JSON object");
            }
            List<BaselineEntry> entries = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("findings")) {
                    entries = readEntries(p);
                } else {
                    p.skipChildren();
                }
            }
            if (entries == null) {
                throw invalid(p, "no `findings` list");
            }
            return new Baseline(entries);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidBaseline(at.getLineNr() + ":" + at.getColumnNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidBaseline("cannot read: " + e.getMessage());
        }
    }

    private static List<BaselineEntry> readEntries(JsonParser p) throws IOException, InvalidBaseline {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(p, "`findings` must be a list");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> fields = new HashMap<>();
            int line = 0;
            JsonLocation start = p.currentTokenLocation();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    fields.put(field, p.getText());
                } else if (value == JsonToken.VALUE_NUMBER_INT && field.equals("line")) {
                    line = p.getIntValue();
                } else {
                    p.skipChildren();
                }
            }
            Optional<String> missing = firstMissing(fields, "rule", "path", "fingerprint");
            if (missing.isPresent()) {
                throw new InvalidBaseline(start.getLineNr() + ":" + start.getColumnNr() + ": entry without `"
                        + missing.get() + "`");
            }
            entries.add(new BaselineEntry(fields.get("rule"), fields.get("path"), fields.get("fingerprint"), line,
                    fields.getOrDefault("message", "")));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw invalid(p, "`findings` must hold objects");
        }
        return entries;
    }

    private static Optional<String> firstMissing(Map<String, String> fields, String... names) {
        for (String name : names) {
            if (!fields.containsKey(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static InvalidBaseline invalid(JsonParser p, String message) {
        JsonLocation at = p.currentTokenLocation();
        return new InvalidBaseline(at.getLineNr() + ":" + at.getColumnNr() + ": " + message);
    }
}
