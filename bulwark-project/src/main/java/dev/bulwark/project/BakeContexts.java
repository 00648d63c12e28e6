package dev.bulwark.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The builds a bake file ({@code docker-bake.hcl}, {@code docker-bake.json}, or any {@code .hcl}
 * with {@code target} blocks) declares: every {@code target} with its {@code context} (default
 * {@code .}), {@code dockerfile} (default {@code Dockerfile}, relative to the context) and
 * {@code contexts}, after {@code inherits} (bounded) and {@code ${VAR}} interpolation from the
 * variables' defaults. Bake resolves paths against the folder it is run in, which is the bake
 * file's own or, for {@code --file docker/x/x.hcl}, a folder above it: with the file tree known,
 * the nearest such folder where the Dockerfile exists is taken, else the bake file's. A variable
 * in the Dockerfile's name ({@code Dockerfile.${ARCH}}) also stands for the sibling files its
 * other values would name. Targets whose context or Dockerfile is remote, inline or not a literal
 * declare nothing.
 */
public final class BakeContexts implements ContextProvider {
    private static final int MAX_INHERITS = 16;
    private static final int MAX_FOLDERS_UP = 8;

    /** A bake file: where it is and its text (its display path is the text's). */
    public record BakeFile(Path file, SourceText source) {
    }

    private final List<BakeFile> files;
    private final Optional<ContextTree> tree;

    /** Paths resolved against each bake file's folder. */
    public BakeContexts(List<BakeFile> files) {
        this(files, Optional.empty());
    }

    /** Paths resolved against the folder, at or above each bake file's, where the Dockerfile is. */
    public BakeContexts(List<BakeFile> files, Optional<ContextTree> tree) {
        this.files = List.copyOf(files);
        this.tree = tree;
    }

    // One target as written: attributes and where its name is.
    private record Target(Map<String, Object> attributes, TextRange nameRange) {
    }

    @Override
    public List<ContextDeclaration> declarations() {
        List<ContextDeclaration> out = new ArrayList<>();
        for (BakeFile f : files) {
            Map<String, Target> targets = new LinkedHashMap<>();
            Map<String, String> variables = new HashMap<>();
            if (f.source().path().endsWith(".json")) {
                readJson(f.source().text(), targets, variables);
            } else {
                for (HclReader.Block b : HclReader.read(f.source().text())) {
                    if (b.labels().isEmpty()) {
                        continue;
                    }
                    if (b.type().equals("target")) {
                        targets.put(b.labels().get(0), new Target(b.attributes(), b.labelRange()));
                    } else if (b.type().equals("variable")) {
                        Object d = b.attributes().get("default");
                        if (d instanceof String s) {
                            variables.put(b.labels().get(0), s);
                        }
                    }
                }
            }
            Path folder = f.file().toAbsolutePath().normalize().getParent();
            for (Map.Entry<String, Target> t : targets.entrySet()) {
                Map<String, Object> attrs = merged(t.getKey(), targets, 0);
                Optional<String> context = literal(attrs.getOrDefault("context", "."), variables);
                Optional<String> dockerfile = literal(attrs.getOrDefault("dockerfile", "Dockerfile"), variables);
                if (attrs.containsKey("dockerfile-inline") || context.isEmpty() || dockerfile.isEmpty() || folder == null
                        || isRemote(context.get())) {
                    continue;
                }
                Path base = base(folder, context.get(), dockerfile.get());
                Path contextDir = base.resolve(context.get()).normalize();
                List<String> named = new ArrayList<>();
                if (attrs.get("contexts") instanceof Map<?, ?> m) {
                    for (Object k : m.keySet()) {
                        named.add(String.valueOf(k));
                    }
                }
                for (Path dockerfilePath : dockerfiles(contextDir, contextDir.resolve(dockerfile.get()).normalize(),
                        attrs.get("dockerfile"))) {
                    out.add(new ContextDeclaration(ContextSource.BAKE, dockerfilePath, contextDir, named,
                            Optional.of(new Span(f.source(), t.getValue().nameRange())),
                            "target `" + t.getKey() + "` in " + f.source().path(), tags(attrs, variables)));
                }
            }
        }
        return out;
    }

    // The bake file's folder, or the nearest one above it where the Dockerfile exists.
    private Path base(Path folder, String context, String dockerfile) {
        if (tree.isEmpty()) {
            return folder;
        }
        Path p = folder;
        for (int i = 0; i <= MAX_FOLDERS_UP && p != null; i++) {
            if (tree.get().entry(p.resolve(context).resolve(dockerfile).normalize()).isPresent()) {
                return p;
            }
            p = p.getParent();
        }
        return folder;
    }

    // The Dockerfile from the variables' defaults, and the siblings whose names fit the written name
    // with its one variable as any text (`Dockerfile.${ARCH}`: Dockerfile.amd64, Dockerfile.arm64).
    private List<Path> dockerfiles(Path contextDir, Path resolved, Object written) {
        List<Path> out = new ArrayList<>();
        out.add(resolved);
        if (tree.isEmpty() || !(written instanceof String s)) {
            return out;
        }
        int open = s.indexOf("${");
        int close = open < 0 ? -1 : s.indexOf('}', open);
        if (open < 0 || close < 0 || s.indexOf("${", close) >= 0 || s.indexOf('/', open) >= 0
                || s.substring(0, open).contains("$")) {
            return out;
        }
        int slash = s.lastIndexOf('/', open);
        String prefix = s.substring(slash + 1, open);
        String suffix = s.substring(close + 1);
        Path dir = contextDir.resolve(s.substring(0, slash + 1)).normalize();
        for (ContextTree.Entry e : tree.get().list(dir).entries()) {
            String name = e.name();
            if (e.kind() == ContextTree.Kind.FILE && name.length() > prefix.length() + suffix.length()
                    && name.startsWith(prefix) && name.endsWith(suffix) && !out.contains(dir.resolve(name))) {
                out.add(dir.resolve(name));
            }
        }
        return out;
    }

    // The `tags` of a target that builds the final stage (a `target` stage is another image).
    private static List<String> tags(Map<String, Object> attrs, Map<String, String> variables) {
        List<String> out = new ArrayList<>();
        if (attrs.containsKey("target") || !(attrs.get("tags") instanceof List<?> tags)) {
            return out;
        }
        for (Object t : tags) {
            Optional<String> text = literal(t, variables);
            if (text.isPresent()) {
                out.add(text.get());
            }
        }
        return out;
    }

    // A target's attributes over those it inherits (its own win), bounded against cycles.
    private static Map<String, Object> merged(String name, Map<String, Target> targets, int depth) {
        Target t = targets.get(name);
        Map<String, Object> out = new LinkedHashMap<>();
        if (t == null || depth > MAX_INHERITS) {
            return out;
        }
        if (t.attributes().get("inherits") instanceof List<?> parents) {
            for (Object p : parents) {
                if (p instanceof String s) {
                    out.putAll(merged(s, targets, depth + 1));
                }
            }
        }
        out.putAll(t.attributes());
        return out;
    }

    // A string with `${VAR}` replaced by variable defaults, or a bare reference to a variable.
    private static Optional<String> literal(Object value, Map<String, String> variables) {
        if (value instanceof HclReader.Reference r) {
            return Optional.ofNullable(variables.get(r.name()));
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("${", i);
            if (open < 0) {
                out.append(s, i, s.length());
                break;
            }
            int close = s.indexOf('}', open);
            if (close < 0) {
                return Optional.empty();
            }
            String v = variables.get(s.substring(open + 2, close).strip());
            if (v == null) {
                return Optional.empty();
            }
            out.append(s, i, open).append(v);
            i = close + 1;
        }
        return Optional.of(out.toString());
    }

    private static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("target:")
                || context.startsWith("docker-image:") || context.equals("-");
    }

    // {"variable": {"V": {"default": "x"}}, "target": {"app": {"context": ".", ...}}}
    private static void readJson(String text, Map<String, Target> targets, Map<String, String> variables) {
        try (JsonParser p = Json.FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    long at = p.currentTokenLocation().getCharOffset();
                    p.nextToken();
                    Object value = jsonValue(p, 0);
                    if (!(value instanceof Map<?, ?> m)) {
                        continue;
                    }
                    Map<String, Object> attrs = new LinkedHashMap<>();
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        attrs.put(String.valueOf(e.getKey()), e.getValue());
                    }
                    if (section.equals("target")) {
                        int start = (int) Math.max(0, Math.min(at, text.length()));
                        int end = Math.min(text.length(), start + name.length() + 2);
                        targets.put(name, new Target(attrs, new TextRange(start, end)));
                    } else if (section.equals("variable") && attrs.get("default") instanceof String d) {
                        variables.put(name, d);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Malformed JSON: the targets read so far.
        }
    }

    private static Object jsonValue(JsonParser p, int depth) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (depth > HclReader.MAX_DEPTH) {
            p.skipChildren();
            return HclReader.Unknown.VALUE;
        }
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                p.nextToken();
                m.put(k, jsonValue(p, depth + 1));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
                l.add(jsonValue(p, depth + 1));
            }
            return l;
        }
        return HclReader.Unknown.VALUE;
    }

    // Created at the first bake file in JSON: most runs have none, and setting Jackson up costs start-up time.
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }
}
