package dev.bulwark.report;

import static dev.bulwark.report.JsonTree.asList;
import static dev.bulwark.report.JsonTree.asMap;
import static dev.bulwark.report.JsonTree.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings with related places in other files, and files the run skipped, in every format. */
class RelatedAndSkippedTest {
    private static final RuleMeta PRIVILEGED = new RuleMeta("DC020", "privileged-service", Practice.SECURITY,
            Severity.ERROR, true, "A service runs privileged.", "Drop `privileged: true`.", List.of());
    private final SourceText base = new SourceText("compose.yaml",
            "x-gpu: &gpu\n  privileged: true\nservices:\n  train:\n    <<: *gpu\n    image: t:1\n");
    private final SourceText override = new SourceText("compose.override.yaml", "services:\n  train:\n    user: root\n");

    private Finding inheritedThroughAnchor() {
        int at = base.text().indexOf("privileged: true");
        TextRange range = new TextRange(at, at + "privileged: true".length());
        int service = base.text().indexOf("train:");
        RelatedLocation inService = RelatedLocation.of(new Span(base, new TextRange(service, service + 5)),
                "in service `train`");
        int user = override.text().indexOf("root");
        RelatedLocation overridden = RelatedLocation.of(new Span(override, new TextRange(user, user + 4)),
                "user set in the override file");
        return new Finding(PRIVILEGED, Severity.ERROR, base.location(range), range, "`privileged: true`", List.of(),
                List.of(inService, overridden));
    }

    private ReportInput input() {
        return new ReportInput(Fixtures.TOOL, List.of(RuleDescriptor.of(PRIVILEGED)), List.of(inheritedThroughAnchor()),
                SourceLookup.of(List.of(base, override)), FailThreshold.WARNING, 2,
                List.of(new SkippedInput("chart/templates/api.yaml", "helm-template", "Helm chart templates"),
                        new SkippedInput("chart/values.yaml", "other-yaml", "other YAML"),
                        new SkippedInput("chart/templates/svc.yaml", "helm-template", "Helm chart templates")));
    }

    @Test
    void textNamesEveryRelatedPlaceAndCountsSkippedFilesByReason() {
        String text = Fixtures.render(new TextReporter(false), input());
        assertThat(text).contains("compose.yaml:2:3: error DC020 privileged-service: `privileged: true`")
                .contains("   = note: in service `train` at compose.yaml:4:3\n")
                .contains("   = note: user set in the override file at compose.override.yaml:3:11\n")
                .endsWith("Not audited: Helm chart templates (2), other YAML (1)\n");
    }

    @Test
    void jsonCarriesRelatedLocationsAndTheSkippedList() {
        String json = Fixtures.render(new JsonReporter(), input());
        assertThat(JsonReporterTest.documentedSchema().errors(json)).isEmpty();
        Map<String, Object> root = JsonTree.parse(json);
        assertThat(asMap(at(root, "findings", 0, "related", 1))).containsExactly(
                Map.entry("path", "compose.override.yaml"), Map.entry("line", 3L), Map.entry("column", 11L),
                Map.entry("endLine", 3L), Map.entry("endColumn", 15L),
                Map.entry("message", "user set in the override file"));
        assertThat(asList(root.get("skipped"))).hasSize(3);
        assertThat(asMap(at(root, "skipped", 0))).containsExactly(Map.entry("path", "chart/templates/api.yaml"),
                Map.entry("reason", "helm-template"));
        assertThat(at(root, "summary", "skipped")).isEqualTo(3L);
        Finding plain = Fixtures.finding(Fixtures.LATEST_TAG, base, 0, 5);
        Map<String, Object> without = JsonTree.parse(Fixtures.render(new JsonReporter(), Fixtures.input(List.of(plain),
                List.of(base))));
        assertThat(asMap(at(without, "findings", 0))).doesNotContainKey("related");
        assertThat(without).doesNotContainKey("skipped");
    }

    @Test
    void sarifHasRelatedLocationsThatValidate() {
        String sarif = Fixtures.render(new SarifReporter(), input());
        assertThat(SarifReporterTest.sarifSchema().errors(sarif)).isEmpty();
        Map<String, Object> related = asMap(at(JsonTree.parse(sarif), "runs", 0, "results", 0, "relatedLocations", 0));
        assertThat(related.get("id")).isEqualTo(1L);
        assertThat(at(related, "physicalLocation", "artifactLocation", "uri")).isEqualTo("compose.yaml");
        assertThat(at(related, "physicalLocation", "region", "startLine")).isEqualTo(4L);
        assertThat(at(related, "message", "text")).isEqualTo("in service `train`");
    }
}
