package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A finding's fix in JSON ({@code autofix} with edits) and SARIF ({@code fixes} with artifact changes). */
class FixReportingTest {
    private final SourceText dockerfile = new SourceText("app/Dockerfile", Fixtures.DOCKERFILE);
    private final int pip = Fixtures.DOCKERFILE.indexOf("pip install") + "pip install".length();
    private final Finding fixable = Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "pip install", "no cache dir")
            .withFix(Fix.safe("add --no-cache-dir", TextEdit.insert(pip, " --no-cache-dir")));
    // A fix that rewrites the secret's own text must never be shown.
    private final Finding secret = Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, 19, 55,
            "secret in ENV", List.of(new TextRange(33, 55)))
            .withFix(Fix.unsafe("quote it", TextEdit.replace(new TextRange(33, 55), "\"ghp_S3cr3tT0k3nValue42\"")));

    @Test
    void jsonFindingsCarryTheEditsInLinesAndColumns() {
        String out = Fixtures.render(new JsonReporter(), Fixtures.input(List.of(secret, fixable), List.of(dockerfile)));
        assertThat(JsonReporterTest.documentedSchema().errors(out)).as(out).isEmpty();
        Object findings = JsonTree.at(JsonTree.parse(out), "findings");
        Map<String, Object> autofix = JsonTree.asMap(JsonTree.at(findings, 1, "autofix"));
        assertThat(autofix).containsEntry("applicability", "safe").containsEntry("description", "add --no-cache-dir");
        assertThat(JsonTree.asMap(JsonTree.at(autofix, "edits", 0))).containsEntry("line", 3L).containsEntry("column", 16L)
                .containsEntry("endLine", 3L).containsEntry("endColumn", 16L).containsEntry("replacement", " --no-cache-dir");
        assertThat(JsonTree.asMap(JsonTree.at(findings, 0))).doesNotContainKey("autofix");
        assertThat(out).doesNotContain("S3cr3t");
    }

    @Test
    void sarifResultsCarryFixesWithArtifactChangesThatTheSchemaAccepts() {
        String out = Fixtures.render(new SarifReporter(), Fixtures.input(List.of(secret, fixable), List.of(dockerfile)));
        assertThat(SarifReporterTest.sarifSchema().errors(out)).as(out).isEmpty();
        Object results = JsonTree.at(JsonTree.parse(out), "runs", 0, "results");
        Object fix = JsonTree.at(results, 1, "fixes", 0);
        assertThat(JsonTree.at(fix, "description", "text")).isEqualTo("add --no-cache-dir");
        assertThat(JsonTree.at(fix, "artifactChanges", 0, "artifactLocation", "uri")).isEqualTo("app/Dockerfile");
        Object replacement = JsonTree.at(fix, "artifactChanges", 0, "replacements", 0);
        assertThat(JsonTree.asMap(JsonTree.at(replacement, "deletedRegion"))).containsEntry("startLine", 3L)
                .containsEntry("startColumn", 16L).containsEntry("endLine", 3L).containsEntry("endColumn", 16L);
        assertThat(JsonTree.at(replacement, "insertedContent", "text")).isEqualTo(" --no-cache-dir");
        assertThat(JsonTree.asMap(JsonTree.at(results, 0))).doesNotContainKey("fixes");
        assertThat(out).doesNotContain("S3cr3t");
    }
}
