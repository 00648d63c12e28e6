package dev.bulwark.report;

import static dev.bulwark.report.JsonTree.asList;
import static dev.bulwark.report.JsonTree.asMap;
import static dev.bulwark.report.JsonTree.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecificationVersion;
import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.Location;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);

    private String json(List<Finding> findings, List<SourceText> sources) {
        return Fixtures.render(new JsonReporter(), Fixtures.input(findings, sources));
    }

    @Test
    void writesTheFindingsContract() {
        Finding f = Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "python:latest", "`python:latest` uses the latest tag");
        Map<String, Object> doc = JsonTree.parse(json(List.of(f), List.of(dockerfile)));

        assertThat(doc).containsOnlyKeys("tool", "findings", "summary");
        assertThat(asMap(doc.get("tool"))).containsExactly(
                Map.entry("name", "bulwark"), Map.entry("version", "0.1.0-SNAPSHOT"), Map.entry("schemaVersion", "1"));
        Map<String, Object> finding = asMap(at(doc, "findings", 0));
        assertThat(finding).containsExactly(
                Map.entry("rule", "DF001"),
                Map.entry("name", "latest-tag"),
                Map.entry("practice", "base-image-pinning"),
                Map.entry("severity", "warning"),
                Map.entry("path", "docker/Dockerfile"),
                Map.entry("line", 1L),
                Map.entry("column", 6L),
                Map.entry("endLine", 1L),
                Map.entry("endColumn", 19L),
                Map.entry("message", "`python:latest` uses the latest tag"),
                Map.entry("aliases", List.of("DL3007")),
                Map.entry("fix", "Pin a version tag or a digest."));
    }

    @Test
    void leavesOutAnEmptyFixAndKeepsAnEmptyAliasList() {
        Finding f = Fixtures.finding(Fixtures.NO_HEALTHCHECK, dockerfile, 0, 0);
        Map<String, Object> finding = asMap(at(JsonTree.parse(json(List.of(f), List.of(dockerfile))), "findings", 0));
        assertThat(finding).doesNotContainKey("fix");
        assertThat(finding.get("aliases")).isEqualTo(List.of());
        assertThat(finding.get("severity")).isEqualTo("info");
    }

    @Test
    void summaryCountsBySeverityAndAppliesTheThreshold() {
        List<Finding> findings = List.of(
                Fixtures.finding(Fixtures.NO_HEALTHCHECK, dockerfile, 0, 0),
                Fixtures.finding(Fixtures.LATEST_TAG, Severity.ERROR, dockerfile, 5, 18, "m", List.of()),
                Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18));
        Map<String, Object> summary = asMap(JsonTree.parse(json(findings, List.of())).get("summary"));
        assertThat(summary).containsExactly(
                Map.entry("files", 3L), Map.entry("findings", 3L), Map.entry("error", 1L),
                Map.entry("warning", 1L), Map.entry("info", 1L),
                Map.entry("failThreshold", "warning"), Map.entry("failed", true), Map.entry("skipped", 0L));

        ReportInput onlyInfo = new ReportInput(Fixtures.TOOL, List.of(), findings.subList(0, 1), SourceLookup.none(),
                FailThreshold.WARNING, 1);
        assertThat(at(JsonTree.parse(Fixtures.render(new JsonReporter(), onlyInfo)), "summary", "failed"))
                .isEqualTo(false);
    }

    @Test
    void failOnNoneIsReportedAndNeverFails() {
        List<Finding> findings = List.of(
                Fixtures.finding(Fixtures.LATEST_TAG, Severity.ERROR, dockerfile, 5, 18, "m", List.of()),
                Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18));
        Map<String, Object> summary = asMap(JsonTree.parse(Fixtures.render(new JsonReporter(), noneRun(findings)))
                .get("summary"));
        assertThat(summary).containsExactly(
                Map.entry("files", 3L), Map.entry("findings", 2L), Map.entry("error", 1L),
                Map.entry("warning", 1L), Map.entry("info", 0L),
                Map.entry("failThreshold", "none"), Map.entry("failed", false), Map.entry("skipped", 0L));
    }

    @Test
    void usesTheSeverityOfTheFindingNotTheRuleDefault() {
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, Severity.ERROR, dockerfile, 5, 18, "m", List.of());
        assertThat(at(JsonTree.parse(json(List.of(f), List.of())), "findings", 0, "severity")).isEqualTo("error");
    }

    @Test
    void validatesAgainstTheDocumentedSchema() {
        SchemaCheck schema = documentedSchema();
        for (String output : sampleOutputs()) {
            assertThat(schema.errors(output)).as(output).isEmpty();
        }
    }

    @Test
    void aBaselinesOutcomeFollowsTheDocumentedSchema() {
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18);
        BaselineEntry stale = new BaselineEntry("DF020", "docker/Dockerfile", "1a2b:1", 2, "API_TOKEN holds ****");
        String json = Fixtures.render(new JsonReporter(), Fixtures.input(List.of(f), List.of(dockerfile))
                .withBaseline(new BaselineStatus(".bulwark-baseline.json", 3, List.of(stale))));
        assertThat(documentedSchema().errors(json)).as(json).isEmpty();
        assertThat(at(JsonTree.parse(json), "baseline", "baselined")).isEqualTo(3L);
        assertThat(at(JsonTree.parse(json), "baseline", "stale", 0, "rule")).isEqualTo("DF020");
        assertThat(documentedSchema().errors(json.replace("\"baselined\": 3", "\"baselined\": -1"))).isNotEmpty();
    }

    @Test
    void theFixReportIsTheReportOfWhatRemainsWithTheFixObject() {
        Finding fixed = Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18)
                .withFix(Fix.safe("pin it", TextEdit.replace(new TextRange(5, 18), "python:3.12.8")));
        Finding refused = fixed.withFix(Fix.unsafe("pin it later", TextEdit.replace(new TextRange(5, 18), "x")));
        Finding remaining = Fixtures.finding(Fixtures.NO_HEALTHCHECK, dockerfile, 0, 0);
        FixRun run = new FixRun(false, true, true, 2, List.of("docker/Dockerfile"), List.of(fixed),
                List.of(new FixRun.NotApplied(refused, "it would introduce a syntax error: x")), Optional.of("--- a\n+++ b\n"));
        StringBuilder out = new StringBuilder();
        try {
            new JsonReporter().write(Fixtures.input(List.of(remaining), List.of(dockerfile)), run, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String output = out.toString();
        assertThat(documentedSchema().errors(output)).as(output).isEmpty();
        Object tree = JsonTree.parse(output);
        assertThat(asList(at(tree, "findings"))).hasSize(1);
        assertThat(at(tree, "fix", "written")).isEqualTo(false);
        assertThat(at(tree, "fix", "unsafeFixes")).isEqualTo(true);
        assertThat(at(tree, "fix", "changedFiles", 0)).isEqualTo("docker/Dockerfile");
        assertThat(at(tree, "fix", "applied", 0, "rule")).isEqualTo("DF001");
        assertThat(at(tree, "fix", "applied", 0, "description")).isEqualTo("pin it");
        assertThat(at(tree, "fix", "notApplied", 0, "applicability")).isEqualTo("unsafe");
        assertThat(at(tree, "fix", "notApplied", 0, "reason")).isEqualTo("it would introduce a syntax error: x");
        assertThat(at(tree, "fix", "diff")).isEqualTo("--- a\n+++ b\n");
        assertThat(documentedSchema().errors(output.replace("\"reason\"", "\"cause\""))).isNotEmpty();
    }

    @Test
    void documentedSchemaRejectsBrokenOutput() {
        SchemaCheck schema = documentedSchema();
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18);
        String good = json(List.of(f), List.of());
        assertThat(schema.errors(good)).isEmpty();
        assertThat(schema.errors(good.replace("\"rule\": \"DF001\",", ""))).isNotEmpty();
        assertThat(schema.errors(good.replace("\"severity\": \"warning\"", "\"severity\": \"fatal\""))).isNotEmpty();
        assertThat(schema.errors(good.replace("\"line\": 1,", "\"line\": 0,"))).isNotEmpty();
        assertThat(schema.errors(good.replace("\"failed\": true", "\"failed\": true, \"extra\": 1"))).isNotEmpty();
        assertThat(schema.errors(good.replace("\"failThreshold\": \"warning\"", "\"failThreshold\": \"never\""))).isNotEmpty();
    }

    @Test
    void documentedPracticesAreExactlyTheCorePractices() {
        Map<String, Object> schema = JsonTree.parse(readDocumentedSchema());
        Object practices = at(schema, "$defs", "finding", "properties", "practice", "enum");
        assertThat(asList(practices)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Practice.values()).map(Practice::id).toList());
    }

    /** A report of a {@code fail-on: none} run over {@code findings}. */
    private ReportInput noneRun(List<Finding> findings) {
        return new ReportInput(Fixtures.TOOL, Fixtures.descriptors(), findings, SourceLookup.of(List.of(dockerfile)),
                FailThreshold.NONE, 3);
    }

    /**
     * Outputs covering the edge cases the contract names: whole-file, stdin, spaces, non-ASCII,
     * and a {@code fail-on: none} run with findings.
     */
    private List<String> sampleOutputs() {
        SourceText stdin = new SourceText("-", "FROM scratch\n");
        SourceText spaced = new SourceText("my dir/Dockerfile", "FROM a\n");
        SourceText unicode = new SourceText("modèles/Dockerfile.模型", "FROM b\n");
        Finding wholeFile = new Finding(Fixtures.UNREADABLE, Severity.ERROR, Location.ofFile("broken/Dockerfile"),
                TextRange.empty(0), "cannot read file", List.of());
        return List.of(
                json(List.of(), List.of()),
                json(List.of(
                        Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18),
                        Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, 19, 55, "secret in ENV",
                                List.of(new TextRange(33, 55))),
                        Fixtures.finding(Fixtures.NO_HEALTHCHECK, stdin, 0, 0),
                        Fixtures.finding(Fixtures.LATEST_TAG, spaced, 5, 6),
                        Fixtures.finding(Fixtures.LATEST_TAG, unicode, 5, 6),
                        wholeFile),
                        List.of(dockerfile, stdin, spaced, unicode)),
                Fixtures.render(new JsonReporter(), noneRun(List.of(
                        Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, 19, 55, "secret in ENV",
                                List.of(new TextRange(33, 55)))))));
    }

    static SchemaCheck documentedSchema() {
        return SchemaCheck.load(documentedSchemaPath(), SpecificationVersion.DRAFT_2020_12);
    }

    private static String readDocumentedSchema() {
        try {
            return Files.readString(documentedSchemaPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path documentedSchemaPath() {
        // The module directory is surefire's working directory; its parent is the project root.
        Path relative = Path.of("docs/findings.schema.json");
        Path schema = SharedFiles.root().resolve(relative);
        if (!Files.isRegularFile(schema)) {
            schema = Path.of("..").toAbsolutePath().normalize().resolve(relative);
        }
        Assumptions.assumeTrue(Files.isRegularFile(schema), "docs/findings.schema.json not found at " + schema);
        return schema;
    }
}
