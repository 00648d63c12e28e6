package dev.bulwark.report;

import static dev.bulwark.report.JsonTree.asList;
import static dev.bulwark.report.JsonTree.asMap;
import static dev.bulwark.report.JsonTree.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.SpecificationVersion;
import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);
    private final SourceText spaced = new SourceText("my dir/Dockerfile", "FROM a\n");
    private final SourceText unicode = new SourceText("modèles/Dockerfile.模型", "FROM b\nRUN x\n");
    private final SourceText stdin = new SourceText("-", "FROM scratch\n");

    private Map<String, Object> sarif(List<Finding> findings, List<SourceText> sources) {
        return JsonTree.parse(Fixtures.render(new SarifReporter(), Fixtures.input(findings, sources)));
    }

    @Test
    void writesOneRunWithTheToolAndItsRules() {
        Map<String, Object> log = sarif(List.of(), List.of());
        assertThat(log.get("$schema")).isEqualTo(SarifReporter.SCHEMA_URI);
        assertThat(log.get("version")).isEqualTo("2.1.0");
        assertThat(asList(log.get("runs"))).hasSize(1);
        Map<String, Object> run = asMap(at(log, "runs", 0));
        assertThat(run.get("columnKind")).isEqualTo("utf16CodeUnits");
        assertThat(at(run, "automationDetails", "id")).isEqualTo("bulwark/");
        assertThat(asMap(at(run, "originalUriBaseIds"))).containsOnlyKeys("%SRCROOT%");
        assertThat(asList(run.get("results"))).isEmpty();
        Map<String, Object> driver = asMap(at(run, "tool", "driver"));
        assertThat(driver.get("name")).isEqualTo("bulwark");
        assertThat(driver.get("semanticVersion")).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("informationUri")).isEqualTo("https://github.com/bulwark-dev/bulwark");
        // Every rule that ran, by code, even without findings.
        assertThat(asList(driver.get("rules"))).extracting(r -> asMap(r).get("id"))
                .containsExactly("DF001", "DF020", "DF050");
    }

    @Test
    void describesEachRuleForCodeScanning() {
        List<Object> rules = asList(at(sarif(List.of(), List.of()), "runs", 0, "tool", "driver", "rules"));
        Map<String, Object> latest = asMap(rules.get(0));
        assertThat(latest.get("name")).isEqualTo("latest-tag");
        assertThat(at(latest, "shortDescription", "text")).isEqualTo("Base image uses the latest tag");
        assertThat((String) at(latest, "fullDescription", "text")).startsWith("Base image uses the latest tag")
                .contains("Pin a version tag or a digest.");
        assertThat(at(latest, "help", "markdown")).isEqualTo("# latest-tag\n\nFlags `FROM image:latest`.\n");
        assertThat(at(latest, "help", "text")).isEqualTo("# latest-tag\n\nFlags `FROM image:latest`.\n");
        assertThat(at(latest, "defaultConfiguration", "level")).isEqualTo("warning");
        assertThat(asList(at(latest, "properties", "tags"))).containsExactly("base-image-pinning", "dockerfile");
        assertThat(at(latest, "properties", "precision")).isEqualTo("high");
        assertThat(asMap(at(latest, "properties"))).doesNotContainKey("security-severity");

        Map<String, Object> secret = asMap(rules.get(1));
        assertThat(asList(at(secret, "properties", "tags"))).containsExactly("secret-management", "dockerfile", "security");
        assertThat(at(secret, "properties", "security-severity")).isEqualTo("8.0");
        assertThat(at(secret, "properties", "precision")).isEqualTo("medium");
        assertThat(at(secret, "defaultConfiguration", "level")).isEqualTo("error");

        Map<String, Object> healthcheck = asMap(rules.get(2));
        assertThat(at(healthcheck, "defaultConfiguration", "level")).isEqualTo("note");
        // Without a doc, help falls back to the summary (help.text is required, spec 4.2).
        assertThat(at(healthcheck, "help", "text")).isEqualTo("Image has no HEALTHCHECK");
    }

    @Test
    void writesResultsWithRelativeEncodedLocationsAndRuleIndexes() {
        Finding latest = Fixtures.finding(Fixtures.LATEST_TAG, spaced, 5, 6);
        Finding info = Fixtures.finding(Fixtures.NO_HEALTHCHECK, unicode, 7, 10);
        Map<String, Object> run = asMap(at(sarif(List.of(latest, info), List.of(spaced, unicode)), "runs", 0));

        Map<String, Object> first = asMap(at(run, "results", 0));
        assertThat(first.get("ruleId")).isEqualTo("DF001");
        assertThat(first.get("ruleIndex")).isEqualTo(0L);
        assertThat(first.get("level")).isEqualTo("warning");
        assertThat(at(first, "message", "text")).isEqualTo("message of latest-tag");
        Map<String, Object> physical = asMap(at(first, "locations", 0, "physicalLocation"));
        assertThat(asMap(physical.get("artifactLocation")))
                .containsExactly(Map.entry("uri", "my%20dir/Dockerfile"), Map.entry("uriBaseId", "%SRCROOT%"));
        assertThat(asMap(physical.get("region"))).containsExactly(
                Map.entry("startLine", 1L), Map.entry("startColumn", 6L),
                Map.entry("endLine", 1L), Map.entry("endColumn", 7L));

        Map<String, Object> second = asMap(at(run, "results", 1));
        assertThat(second.get("ruleIndex")).isEqualTo(2L);
        assertThat(second.get("level")).isEqualTo("note");
        assertThat(at(second, "locations", 0, "physicalLocation", "artifactLocation", "uri"))
                .isEqualTo("mod%C3%A8les/Dockerfile.%E6%A8%A1%E5%9E%8B");
        assertThat(at(second, "locations", 0, "physicalLocation", "region", "startLine")).isEqualTo(2L);
    }

    @Test
    void fingerprintIsTheLineHashOfTheStartLine() {
        Finding onLine2 = Fixtures.findingOn(Fixtures.SECRET_IN_ENV, dockerfile, "API_TOKEN", "secret");
        Map<String, Object> result = asMap(at(sarif(List.of(onLine2), List.of(dockerfile)), "runs", 0, "results", 0));
        assertThat(at(result, "partialFingerprints", "primaryLocationLineHash"))
                .isEqualTo(LineHashes.of(Fixtures.DOCKERFILE).all().get(1));
    }

    @Test
    void noFingerprintWithoutTheSource() {
        Finding f = Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18);
        Map<String, Object> result = asMap(at(sarif(List.of(f), List.of()), "runs", 0, "results", 0));
        assertThat(result).doesNotContainKey("partialFingerprints");
    }

    @Test
    void aRuleKnownOnlyFromAFindingIsStillDescribed() {
        Finding internal = new Finding(Fixtures.UNREADABLE, Severity.ERROR, Location.ofFile("x/Dockerfile"),
                TextRange.empty(0), "cannot read file", List.of());
        Map<String, Object> run = asMap(at(sarif(List.of(internal), List.of()), "runs", 0));
        List<Object> rules = asList(at(run, "tool", "driver", "rules"));
        assertThat(rules).extracting(r -> asMap(r).get("id")).containsExactly("BW001", "DF001", "DF020", "DF050");
        assertThat(at(run, "results", 0, "ruleIndex")).isEqualTo(0L);
    }

    @Test
    void absolutePathsBecomeFileUrisWithoutABase() {
        SourceText abs = new SourceText("/srv/app/Dockerfile", "FROM a\n");
        Map<String, Object> artifact = asMap(at(sarif(List.of(Fixtures.finding(Fixtures.LATEST_TAG, abs, 5, 6)),
                List.of(abs)), "runs", 0, "results", 0, "locations", 0, "physicalLocation", "artifactLocation"));
        assertThat(artifact).containsExactly(Map.entry("uri", "file:///srv/app/Dockerfile"));
    }

    @Test
    void sourceRootAndAutomationIdAreConfigurable() {
        SarifReporter reporter = new SarifReporter().withSourceRoot(URI.create("file:///work/project"))
                .withAutomationId("bulwark/docker/");
        Map<String, Object> run = asMap(at(JsonTree.parse(Fixtures.render(reporter, Fixtures.input(List.of(), List.of()))),
                "runs", 0));
        assertThat(at(run, "originalUriBaseIds", "%SRCROOT%", "uri")).isEqualTo("file:///work/project/");
        assertThat(at(run, "automationDetails", "id")).isEqualTo("bulwark/docker/");
        assertThatThrownBy(() -> new SarifReporter().withSourceRoot(URI.create("relative/dir")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonSemverVersionsAreNotClaimedAsSemantic() {
        ReportInput in = new ReportInput(new ToolInfo("bulwark", "nightly", ""), List.of(), List.of(),
                SourceLookup.none(), FailThreshold.WARNING, 0);
        Map<String, Object> driver = asMap(at(JsonTree.parse(Fixtures.render(new SarifReporter(), in)),
                "runs", 0, "tool", "driver"));
        assertThat(driver).containsEntry("version", "nightly").doesNotContainKeys("semanticVersion", "informationUri");
    }

    @Test
    void validatesAgainstTheSarifSchema() {
        SchemaCheck schema = sarifSchema();
        Finding internal = new Finding(Fixtures.UNREADABLE, Severity.ERROR, Location.ofFile("broken dir/Dockerfile"),
                TextRange.empty(0), "cannot read file", List.of());
        List<ReportInput> inputs = List.of(
                Fixtures.input(List.of(), List.of()),
                Fixtures.input(List.of(
                        Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18),
                        Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, 19, 55, "secret",
                                List.of(new TextRange(33, 55))),
                        Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, Fixtures.DOCKERFILE.indexOf("pip"),
                                Fixtures.DOCKERFILE.indexOf("torch") + 5),
                        Fixtures.finding(Fixtures.NO_HEALTHCHECK, stdin, 0, 0),
                        Fixtures.finding(Fixtures.LATEST_TAG, spaced, 5, 6),
                        Fixtures.finding(Fixtures.NO_HEALTHCHECK, unicode, 7, 12),
                        internal),
                        List.of(dockerfile, stdin, spaced, unicode)),
                new ReportInput(new ToolInfo("bulwark", "dev", ""), List.of(), List.of(internal), SourceLookup.none(),
                        FailThreshold.ERROR, 1));
        for (ReportInput in : inputs) {
            for (SarifReporter reporter : List.of(new SarifReporter(),
                    new SarifReporter().withSourceRoot(URI.create("file:///work/my%20project/")))) {
                String out = Fixtures.render(reporter, in);
                assertThat(schema.errors(out)).as(out).isEmpty();
            }
        }
    }

    @Test
    void sarifSchemaRejectsBrokenOutput() {
        SchemaCheck schema = sarifSchema();
        String good = Fixtures.render(new SarifReporter(),
                Fixtures.input(List.of(Fixtures.finding(Fixtures.LATEST_TAG, dockerfile, 5, 18)), List.of(dockerfile)));
        assertThat(schema.errors(good)).isEmpty();
        assertThat(schema.errors(good.replace("\"level\": \"warning\"", "\"level\": \"fatal\""))).isNotEmpty();
        assertThat(schema.errors(good.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\""))).isNotEmpty();
        assertThat(schema.errors(good.replace("\"startLine\": 1", "\"startLine\": 0"))).isNotEmpty();
    }

    static SchemaCheck sarifSchema() {
        return SchemaCheck.load(SharedFiles.shared("schemas/sarif-schema-2.1.0.json", "SARIF schema validation"),
                SpecificationVersion.DRAFT_4);
    }
}
