package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Baselines: which findings they accept after the files change, and their file format. */
class BaselineTest {
    private static final String SECRET = "ghp_S3cr3tT0k3nValue42";
    private static final String BEFORE = "FROM python:latest\nRUN pip install torch\nUSER root\n";
    private static final RuleMeta VULN = new RuleMeta("IM001", "trivy-vulnerability", Practice.DEPENDENCY_SCANNING,
            Severity.WARNING, true, "A vulnerability.", "", List.of());

    private static Finding latest(SourceText source) {
        return Fixtures.findingOn(Fixtures.LATEST_TAG, source, "python:latest", "latest tag");
    }

    private static Finding root(SourceText source) {
        return Fixtures.findingOn(Fixtures.SECRET_IN_ENV, source, "USER root", "root user");
    }

    private static Baseline baselineOf(SourceText source, Finding... findings) {
        return Baseline.of(List.of(findings), SourceLookup.of(List.of(source)));
    }

    @Test
    void findingsMovedByLinesInsertedAboveStillMatch() {
        SourceText before = new SourceText("Dockerfile", BEFORE);
        Baseline baseline = baselineOf(before, latest(before), root(before));
        SourceText after = new SourceText("Dockerfile", "# syntax=docker/dockerfile:1\n\n# a base\n" + BEFORE);
        Baseline.Match match = baseline.apply(List.of(latest(after), root(after)), SourceLookup.of(List.of(after)));
        assertThat(latest(after).location().line()).isEqualTo(4);
        assertThat(match.kept()).isEmpty();
        assertThat(match.baselined()).isEqualTo(2);
        assertThat(match.stale()).isEmpty();
    }

    @Test
    void anEditOfTheFlaggedLineMakesTheFindingNewAndTheEntryStale() {
        SourceText before = new SourceText("Dockerfile", BEFORE);
        Baseline baseline = baselineOf(before, latest(before), root(before));
        SourceText after = new SourceText("Dockerfile", BEFORE.replace("USER root", "USER root:root"));
        Baseline.Match match = baseline.apply(List.of(latest(after), root(after)), SourceLookup.of(List.of(after)));
        assertThat(match.kept()).extracting(f -> f.rule().code()).containsExactly("DF020");
        assertThat(match.baselined()).isEqualTo(1);
        assertThat(match.stale()).extracting(BaselineEntry::rule, BaselineEntry::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DF020", 3));
    }

    @Test
    void anEditBelowAFindingLeavesItsIdentity() {
        SourceText before = new SourceText("Dockerfile", BEFORE);
        Baseline baseline = baselineOf(before, latest(before));
        SourceText after = new SourceText("Dockerfile", BEFORE.replace("torch", "torch==2.3.1"));
        assertThat(baseline.apply(List.of(latest(after)), SourceLookup.of(List.of(after))).kept()).isEmpty();
    }

    @Test
    void ownLineHashesCountEqualLinesAndIgnoreBlanks() {
        LineHashes hashes = LineHashes.ofOwnLines("RUN a\r\nRUN  a\n\tRUN a\nRUN b");
        assertThat(hashes.all()).hasSize(4);
        String first = hashes.all().get(0);
        assertThat(first).endsWith(":1");
        assertThat(hashes.all().get(1)).isEqualTo(first.replace(":1", ":2"));
        assertThat(hashes.all().get(2)).isEqualTo(first.replace(":1", ":3"));
        assertThat(hashes.all().get(3)).isNotEqualTo(first).endsWith(":1");
        assertThat(LineHashes.ofOwnLines("a\n").all()).hasSize(1);
    }

    @Test
    void aFixedFindingLeavesAStaleEntryAndANewRuleOnTheSameLineIsNew() {
        SourceText source = new SourceText("Dockerfile", BEFORE);
        Baseline baseline = baselineOf(source, latest(source));
        Finding other = Fixtures.findingOn(Fixtures.NO_HEALTHCHECK, source, "python:latest", "x");
        Baseline.Match match = baseline.apply(List.of(other), SourceLookup.of(List.of(source)));
        assertThat(match.kept()).containsExactly(other);
        assertThat(match.stale()).hasSize(1);
    }

    @Test
    void repeatedFindingsMatchAsManyEntriesAsTheBaselineHas() {
        SourceText source = new SourceText("Dockerfile", BEFORE);
        Baseline baseline = baselineOf(source, latest(source));
        Baseline.Match match = baseline.apply(List.of(latest(source), latest(source)), SourceLookup.of(List.of(source)));
        assertThat(match.baselined()).isEqualTo(1);
        assertThat(match.kept()).hasSize(1);
    }

    @Test
    void importedVulnerabilitiesMatchByMessageOnly() {
        SourceText source = new SourceText("Dockerfile", BEFORE);
        Finding cve1 = Fixtures.findingOn(VULN, source, "python:latest", "CVE-1 in openssl");
        Finding cve2 = Fixtures.findingOn(VULN, source, "python:latest", "CVE-2 in openssl");
        Baseline baseline = baselineOf(source, cve1);
        Baseline.Match match = baseline.apply(List.of(cve2), SourceLookup.of(List.of(source)));
        assertThat(match.kept()).containsExactly(cve2);
        assertThat(match.stale()).hasSize(1);
        // A reworded message of a configuration rule still matches its entry.
        Baseline other = baselineOf(source, latest(source));
        Finding reworded = Fixtures.findingOn(Fixtures.LATEST_TAG, source, "python:latest", "reworded");
        assertThat(other.apply(List.of(reworded), SourceLookup.of(List.of(source))).kept()).isEmpty();
    }

    @Test
    void writesAndReadsBackWithSecretsMasked() throws Exception {
        String text = "FROM a\nENV API_TOKEN=" + SECRET + "\n";
        SourceText source = new SourceText("Dockerfile", text);
        int at = text.indexOf(SECRET);
        Finding secret = Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, source, text.indexOf("ENV"),
                at + SECRET.length(), "API_TOKEN holds " + SECRET, List.of(new TextRange(at, at + SECRET.length())));
        Baseline baseline = baselineOf(source, secret);
        StringBuilder out = new StringBuilder();
        baseline.write(Fixtures.TOOL, out);
        assertThat(out.toString()).doesNotContain(SECRET).contains("\"baselineVersion\": 1");
        Baseline read = Baseline.read(out.toString());
        assertThat(read.entries()).hasSize(1);
        assertThat(read.entries().get(0).message()).isEqualTo("API_TOKEN holds ****");
        assertThat(read.apply(List.of(secret), SourceLookup.of(List.of(source))).baselined()).isEqualTo(1);
    }

    @Test
    void malformedFilesAreRejectedWithTheirPlace() {
        assertThatThrownBy(() -> Baseline.read("[]")).isInstanceOf(Baseline.InvalidBaseline.class)
                .hasMessageContaining("1:1");
        assertThatThrownBy(() -> Baseline.read("{\"findings\": [{\"rule\": \"DF001\"}]}"))
                .hasMessageContaining("without `path`");
        assertThatThrownBy(() -> Baseline.read("{\"findings\": [")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Baseline.read("{}")).hasMessageContaining("no `findings`");
    }

    @Test
    void readsTheReportOrderBack() throws IOException, Baseline.InvalidBaseline {
        SourceText source = new SourceText("Dockerfile", BEFORE);
        StringBuilder out = new StringBuilder();
        baselineOf(source, latest(source), root(source)).write(Fixtures.TOOL, out);
        assertThat(Baseline.read(out.toString()).entries()).extracting(BaselineEntry::rule).containsExactly("DF001", "DF020");
    }
}
