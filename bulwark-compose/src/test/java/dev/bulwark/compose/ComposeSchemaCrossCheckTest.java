package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.bulwark.compose.schema.ComposeSchema;
import dev.bulwark.compose.schema.JsonType;
import dev.bulwark.compose.schema.SchemaValidator;
import dev.bulwark.compose.schema.Shape;
import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Java description of the Compose structure ({@link ComposeSchema}) against compose-go's
 * schema file (NOTES 3.1, read in place from {@code ../shared/schemas}): first keyword by keyword,
 * then by validating the same data with both validators — every Compose file of the corpus and
 * the projects, a list of invalid documents, and mutations of the corpus files — and requiring
 * the same verdict. The one allowed difference: {@link SchemaValidator} does not judge a scalar
 * whose value depends on an unresolved variable (its real value is unknown here), so a reference
 * error located at such a scalar is discounted.
 */
class ComposeSchemaCrossCheckTest {
    private static final Set<String> KNOWN_KEYWORDS = Set.of("type", "properties", "patternProperties",
            "additionalProperties", "required", "enum", "pattern", "minimum", "maximum", "items", "uniqueItems", "oneOf",
            "$ref", "description", "title", "deprecated", "default", "$schema", "$id", "$defs");

    private static Path shared;
    private static JsonNode schemaJson;
    private static Schema reference;

    @BeforeAll
    static void load() throws IOException {
        shared = SharedCorpus.shared();
        String text = Files.readString(shared.resolve("schemas/compose-spec.compose-go.json"));
        schemaJson = new ObjectMapper().readTree(text);
        // The validator wants an absolute $id; every $ref is local ("#/$defs/..."), so giving the
        // relative one a base changes nothing else.
        String absolute = text.replace("\"$id\": \"compose_spec.json\"", "\"$id\": \"https://compose-spec.io/compose_spec.json\"");
        assertThat(absolute).isNotEqualTo(text);
        reference = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(absolute, InputFormat.JSON);
    }

    // ---------------------------------------------------------------- keyword by keyword

    @Test
    void theDescriptionMatchesTheSchemaKeywordByKeyword() {
        List<String> differences = new ArrayList<>();
        compare(schemaJson, ComposeSchema.ROOT, "#", differences, 0);
        assertThat(differences).isEmpty();
    }

    private static void compare(JsonNode json, Shape shape, String path, List<String> out, int depth) {
        if (depth > 40) {
            out.add(path + ": too deep");
            return;
        }
        JsonNode j = resolve(json);
        for (String keyword : j.propertyNames()) {
            if (!KNOWN_KEYWORDS.contains(keyword)) {
                out.add(path + ": keyword `" + keyword + "` not described");
            }
        }
        // oneOf
        JsonNode oneOf = j.get("oneOf");
        if (oneOf == null) {
            check(shape.oneOf().isEmpty(), path + ": oneOf in Java only", out);
        } else if (oneOf.size() != shape.oneOf().size()) {
            out.add(path + ": oneOf has " + oneOf.size() + " branches, Java " + shape.oneOf().size());
        } else {
            for (int i = 0; i < oneOf.size(); i++) {
                compare(oneOf.get(i), shape.oneOf().get(i), path + "/oneOf/" + i, out, depth + 1);
            }
        }
        // type
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        JsonNode type = j.get("type");
        if (type != null) {
            if (type.isArray()) {
                for (JsonNode t : type.values()) {
                    types.add(typeOf(t.stringValue()));
                }
            } else {
                types.add(typeOf(type.stringValue()));
            }
        }
        check(types.equals(shape.types()), path + ": type " + types + " vs Java " + shape.types(), out);
        // enum, pattern, bounds
        List<String> enumValues = new ArrayList<>();
        if (j.has("enum")) {
            for (JsonNode v : j.get("enum").values()) {
                enumValues.add(v.stringValue());
            }
        }
        check(enumValues.equals(shape.enumValues()), path + ": enum " + enumValues + " vs " + shape.enumValues(), out);
        String pattern = j.has("pattern") ? j.get("pattern").stringValue() : null;
        String javaPattern = shape.pattern() == null ? null : shape.pattern().regex();
        check(String.valueOf(pattern).equals(String.valueOf(javaPattern)), path + ": pattern " + pattern + " vs " + javaPattern, out);
        Double min = j.has("minimum") ? j.get("minimum").doubleValue() : null;
        Double max = j.has("maximum") ? j.get("maximum").doubleValue() : null;
        check(String.valueOf(min).equals(String.valueOf(shape.minimum())), path + ": minimum " + min + " vs " + shape.minimum(), out);
        check(String.valueOf(max).equals(String.valueOf(shape.maximum())), path + ": maximum " + max + " vs " + shape.maximum(), out);
        // arrays
        boolean unique = j.has("uniqueItems") && j.get("uniqueItems").booleanValue();
        check(unique == shape.uniqueItems(), path + ": uniqueItems " + unique, out);
        if (j.has("items")) {
            if (shape.items() == null) {
                out.add(path + ": items missing in Java");
            } else {
                compare(j.get("items"), shape.items(), path + "/items", out, depth + 1);
            }
        } else {
            check(shape.items() == null, path + ": items in Java only", out);
        }
        // objects
        Set<String> properties = new TreeSet<>();
        if (j.has("properties")) {
            properties.addAll(j.get("properties").propertyNames());
        }
        check(properties.equals(new TreeSet<>(shape.properties().keySet())),
                path + ": properties " + diff(properties, shape.properties().keySet()), out);
        for (String p : properties) {
            if (shape.properties().containsKey(p)) {
                compare(j.get("properties").get(p), shape.properties().get(p), path + "/properties/" + p, out, depth + 1);
            }
        }
        List<String> patterns = new ArrayList<>();
        if (j.has("patternProperties")) {
            patterns.addAll(j.get("patternProperties").propertyNames());
        }
        List<String> javaPatterns = new ArrayList<>();
        for (Shape.PatternProperty pp : shape.patternProperties()) {
            javaPatterns.add(pp.pattern().regex());
        }
        check(new TreeSet<>(patterns).equals(new TreeSet<>(javaPatterns)), path + ": patternProperties " + patterns
                + " vs " + javaPatterns, out);
        for (Shape.PatternProperty pp : shape.patternProperties()) {
            if (patterns.contains(pp.pattern().regex())) {
                compare(j.get("patternProperties").get(pp.pattern().regex()), pp.shape(),
                        path + "/patternProperties/" + pp.pattern().regex(), out, depth + 1);
            }
        }
        boolean additional = !j.has("additionalProperties") || j.get("additionalProperties").booleanValue(true);
        check(additional == shape.additionalProperties(), path + ": additionalProperties " + additional, out);
        Set<String> required = new TreeSet<>();
        if (j.has("required")) {
            for (JsonNode r : j.get("required").values()) {
                required.add(r.stringValue());
            }
        }
        check(required.equals(new TreeSet<>(shape.required())), path + ": required " + required + " vs " + shape.required(), out);
    }

    private static JsonNode resolve(JsonNode json) {
        JsonNode j = json;
        while (j.has("$ref")) {
            String ref = j.get("$ref").stringValue();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            j = schemaJson.get("$defs").get(name);
        }
        return j;
    }

    private static JsonType typeOf(String name) {
        for (JsonType t : JsonType.values()) {
            if (t.schemaName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String diff(Set<String> schema, Set<String> java) {
        Set<String> missing = new TreeSet<>(schema);
        missing.removeAll(java);
        Set<String> extra = new TreeSet<>(java);
        extra.removeAll(schema);
        return "missing in Java " + missing + ", only in Java " + extra;
    }

    private static void check(boolean ok, String message, List<String> out) {
        if (!ok) {
            out.add(message);
        }
    }

    // ---------------------------------------------------------------- same verdicts on the same data

    @Test
    void bothValidatorsAgreeOnEveryCorpusAndProjectFile() {
        PlainFileReader reader = new PlainFileReader(shared, 4 << 20);
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (String f : SharedCorpus.corpusComposeFiles(shared)) {
            ComposeInput input = SharedCorpus.input(shared.resolve("corpus").resolve(f), shared);
            disagreements.addAll(compare(new ComposeLoader(reader).load(List.of(input)), f));
            compared++;
        }
        List<PlannerInput> planned = new ArrayList<>();
        for (Path p : SharedCorpus.projectComposeFiles(shared)) {
            planned.add(new PlannerInput(p, SharedCorpus.input(p, shared).yaml()));
        }
        for (PlannedProject plan : ProjectPlanner.plan(planned)) {
            List<ComposeInput> inputs = new ArrayList<>();
            for (Path p : plan.files()) {
                inputs.add(SharedCorpus.input(p, shared));
            }
            disagreements.addAll(compare(new ComposeLoader(reader).load(inputs), plan.primary().toString()));
            compared++;
        }
        assertThat(compared).isGreaterThan(300);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void bothValidatorsAgreeOnInvalidDocuments() {
        String[] documents = {
            "services: {web: {imgae: nginx}}",
            "servics: {}",
            "services: {web: {image: 3}}",
            "services: {web: {ports: \"80:80\"}}",
            "services: {web: {build: [a]}}",
            "services: {web: {depends_on: {db: {condition: nope}}}}",
            "services: {web: {depends_on: {db: {}}}}",
            "services: {\"a b\": {image: x}}",
            "services: {web: {cpu_percent: 150}}",
            "services: {web: {container_name: \"-\"}}",
            "services: {web: {pull_policy: sometimes}}",
            "services: {web: {security_opt: [a, a]}}",
            "services: {web: {healthcheck: }}",
            "services: {web: {deploy: {resources: {limits: {memory: 512}}}}}",
            "services: {web: {deploy: {resources: {reservations: {devices: [{count: 1}]}}}}}",
            "services: {web: {gpus: some}}",
            "services: {web: {volumes: [{type: mount, target: /x}]}}",
            "services: {web: {volumes: [{source: x}]}}",
            "services: {web: {environment: {A: [1]}}}",
            "services: {web: {environment: [1]}}",
            "services: {web: {ulimits: {nofile: {soft: 1}}}}",
            "services: {web: {tmpfs: 3}}",
            "services: {web: {blkio_config: {x-a: 1}}}",
            "services: {web: {oom_score_adj: -2000}}",
            "services: {web: {cpu_count: -1}}",
            "services: {web: {extends: {file: a}}}",
            "services: {web: {networks: {\"bad name\": {}}}}",
            "services: {web: {networks: {\"ok\": {aliasses: [a]}}}}",
            "services: {web: {logging: {options: {a: [1]}}}}",
            "services: {web: {develop: {watch: [{path: x}]}}}",
            "services: {web: {provider: {options: {}}}}",
            "networks: {n: {external: {name: x, other: 1}}}",
            "volumes: {\"bad name\": {}}",
            "models: {m: {name: x}}",
            "include: [{path: a, envfile: b}]",
            "version: 3",
            "services: {web: {image: x, tty: maybe}}",
        };
        List<String> disagreements = new ArrayList<>();
        for (String doc : documents) {
            ComposeProject p = MemoryProject.of(doc);
            disagreements.addAll(compare(p, doc));
            assertThat(p.isValid()).as(doc).isFalse();
        }
        assertThat(disagreements).isEmpty();
        // The quirk of NOTES 3.1, kept by both: unknown keys in `gpus` entries are accepted.
        ComposeProject quirk = MemoryProject.of("services: {web: {image: x, gpus: [{anything: goes}]}}");
        assertThat(mine(quirk)).isEmpty();
        assertThat(compare(quirk, "gpus quirk")).isEmpty();
    }

    @Test
    void bothValidatorsAgreeOnMutationsOfTheCorpus() throws IOException {
        Random random = new Random(20_250_101);
        String[] values = {"[]", "{}", "42", "4.5", "true", "null", "\"s\"", "[1, 2]", "{a: 1}", "-1"};
        List<String> disagreements = new ArrayList<>();
        int mutants = 0;
        for (String f : SharedCorpus.corpusComposeFiles(shared)) {
            String text = Files.readString(shared.resolve("corpus").resolve(f));
            String[] lines = text.split("\n", -1);
            for (int round = 0; round < 8; round++) {
                int line = random.nextInt(lines.length);
                int colon = lines[line].indexOf(": ");
                if (colon < 0 || lines[line].trim().startsWith("#")) {
                    continue;
                }
                String[] copy = lines.clone();
                copy[line] = random.nextBoolean()
                        ? copy[line].substring(0, colon) + "x" + copy[line].substring(colon)
                        : copy[line].substring(0, colon + 2) + values[random.nextInt(values.length)];
                SourceText source = new SourceText(f, String.join("\n", copy));
                ComposeInput input = new ComposeInput(Optional.of(shared.resolve("corpus").resolve(f)), source,
                        new YamlParser().parse(source));
                if (input.yaml().hasProblems()) {
                    continue;
                }
                ComposeProject p = new ComposeLoader(new MemoryProject()).load(List.of(input));
                disagreements.addAll(compare(p, f + " line " + (line + 1) + ": " + copy[line].trim()));
                mutants++;
            }
        }
        assertThat(mutants).isGreaterThan(200);
        assertThat(disagreements).isEmpty();
    }

    /** A disagreement between the two verdicts on the project's model, explained; empty when they agree. */
    private static List<String> compare(ComposeProject project, String name) {
        ComposeMapping model = project.model();
        boolean mineValid = mine(project).isEmpty();
        List<Error> errors = reference.validate(JsonText.of(model), InputFormat.JSON);
        List<String> counted = new ArrayList<>();
        for (Error e : errors) {
            if (!atUnresolvedScalar(model, e.getInstanceLocation(), e.getKeyword())) {
                counted.add(e.getInstanceLocation() + " " + e.getMessage());
            }
        }
        if (mineValid == counted.isEmpty()) {
            return List.of();
        }
        return List.of(name + ": bulwark " + (mineValid ? "valid" : MemoryProject.problems(project))
                + ", reference " + (counted.isEmpty() ? "valid" : counted));
    }

    /** The structure problems bulwark finds on the final model (the same data the reference sees). */
    private static List<ComposeProblem> mine(ComposeProject project) {
        return SchemaValidator.validate(project.model());
    }

    /**
     * True when the reference's error is about a value bulwark does not judge: a type, enum or
     * pattern error on an unresolved scalar, or a {@code oneOf} failing on a collection because of
     * an unresolved scalar in it.
     */
    private static boolean atUnresolvedScalar(ComposeMapping root, NodePath location, String keyword) {
        ComposeNode node = root;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (node instanceof ComposeMapping m && element instanceof String key && m.get(key).isPresent()) {
                node = m.get(key).get();
            } else if (node instanceof ComposeSequence s && element instanceof Integer index && index < s.size()) {
                node = s.items().get(index);
            } else {
                return false;
            }
        }
        if (node instanceof ComposeScalar s) {
            return s.isUnresolved();
        }
        return "oneOf".equals(keyword) && hasUnresolvedChild(node);
    }

    /** A oneOf failing on a collection may be caused by an unresolved scalar inside it. */
    private static boolean hasUnresolvedChild(ComposeNode node) {
        if (node instanceof ComposeMapping m) {
            for (ComposeEntry e : m.entries()) {
                if (e.value() instanceof ComposeScalar s && s.isUnresolved()) {
                    return true;
                }
            }
        } else if (node instanceof ComposeSequence s) {
            for (ComposeNode item : s.items()) {
                if (item instanceof ComposeScalar sc && sc.isUnresolved()) {
                    return true;
                }
            }
        }
        return false;
    }
}
