package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML report's structure, read with jsoup as a browser would parse it. */
class HtmlReporterTest {
    private static final String SECRET = "ghp_S3cr3tT0k3nValue42";
    /** A path and a message that would run script if they were not escaped. */
    private static final String HOSTILE_PATH = "x/<img src=x onerror=\"document.title='pwned'\">/<script>alert(1)</script>.Dockerfile";
    private static final String HOSTILE_MESSAGE = "</td></tr><script>document.title='pwned'</script><b onclick=x>\"'&";
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);
    private final SourceText hostile = new SourceText(HOSTILE_PATH, "FROM python:latest\n");

    private ReportInput input() {
        int at = Fixtures.DOCKERFILE.indexOf(SECRET);
        int env = Fixtures.DOCKERFILE.indexOf("ENV");
        List<Finding> findings = new ArrayList<>();
        findings.add(Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "python:latest", "uses `latest`"));
        findings.add(Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, env, at + SECRET.length(),
                "API_TOKEN holds " + SECRET, List.of(new TextRange(at, at + SECRET.length()))));
        findings.add(Fixtures.findingOn(Fixtures.LATEST_TAG, hostile, "python:latest", HOSTILE_MESSAGE));
        return Fixtures.input(findings, List.of(dockerfile, hostile))
                .withFileKinds(Map.of("docker/Dockerfile", "dockerfile", HOSTILE_PATH, "dockerfile"));
    }

    private Document page() {
        return Jsoup.parse(Fixtures.render(new HtmlReporter(), input()));
    }

    @Test
    void isOneSelfContainedPageThatLoadsNothing() {
        String html = Fixtures.render(new HtmlReporter(), input());
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("script[src], link[rel=stylesheet], img[src], iframe, object, embed")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none';")
                .contains("script-src '" + HtmlReporter.hash(doc.selectFirst("script").data()) + "'")
                .contains("style-src '" + HtmlReporter.hash(doc.selectFirst("style").data()) + "'");
        // No absolute URL is referenced by the page itself (links in rule docs are for the reader to follow).
        for (Element e : doc.select("[src], link[href]")) {
            assertThat(e.attr("src") + e.attr("href")).doesNotStartWith("http");
        }
        assertThat(html).doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void hostileNamesAndMessagesStayText() {
        Document doc = page();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("[onerror], [onclick]")).isEmpty();
        assertThat(doc.select("b:not(.total b):not(.fix b):not(.score b)")).allSatisfy(b ->
                assertThat(b.text()).doesNotContain("pwned"));
        assertThat(doc.title()).doesNotContain("pwned");
        Elements rows = doc.select("tr.finding");
        assertThat(rows).hasSize(3);
        Element last = rows.get(2);
        assertThat(last.attr("data-path")).isEqualTo(HOSTILE_PATH);
        assertThat(last.selectFirst("td.where").text()).isEqualTo(HOSTILE_PATH + ":1:6");
        assertThat(last.selectFirst("summary").text()).isEqualTo(HOSTILE_MESSAGE);
        assertThat(doc.select("#f-file option").eachAttr("value")).contains(HOSTILE_PATH);
    }

    @Test
    void findingsTableCarriesSnippetsFixesAndFilters() {
        Document doc = page();
        Elements rows = doc.select("tr.finding");
        assertThat(rows.eachAttr("data-severity")).containsExactly("warning", "error", "warning");
        assertThat(rows.eachAttr("data-rule")).containsExactly("DF001", "DF020", "DF001");
        assertThat(rows.get(0).attr("data-practice")).isEqualTo("base-image-pinning");
        Element snippet = rows.get(0).selectFirst("pre.snippet");
        assertThat(snippet.selectFirst(".flagged").text()).contains("1 > FROM python:latest");
        assertThat(rows.get(0).selectFirst("summary code").text()).isEqualTo("latest");
        assertThat(rows.get(0).selectFirst(".fix").text()).isEqualTo("Fix: Pin a version tag or a digest.");
        assertThat(rows.get(0).selectFirst("a[href=#rule-DF001]")).isNotNull();
        assertThat(doc.select("#f-severity option").eachAttr("value")).containsExactly("", "error", "warning", "info");
        assertThat(doc.selectFirst("#shown").text()).isEqualTo("3");
        assertThat(doc.select("#q")).hasSize(1);
    }

    @Test
    void secretsAreMaskedInSnippetsAndMessages() {
        String html = Fixtures.render(new HtmlReporter(), input());
        assertThat(html).doesNotContain(SECRET);
        Element secretRow = Jsoup.parse(html).select("tr.finding").get(1);
        assertThat(secretRow.selectFirst("summary").text()).isEqualTo("API_TOKEN holds " + Redaction.MASK);
        assertThat(secretRow.selectFirst(".flagged").text()).contains("API_TOKEN=" + Redaction.MASK);
    }

    @Test
    void scorecardJudgesEachPracticeByTheRulesThatRanOnTheFilesPresent() {
        Document doc = page();
        Elements scores = doc.select("#scorecard .score");
        assertThat(scores).hasSize(Practice.values().length);
        assertThat(doc.selectFirst(".score[data-practice=base-image-pinning]").attr("data-state")).isEqualTo("findings");
        assertThat(doc.selectFirst(".score[data-practice=secret-management]").attr("data-state")).isEqualTo("findings");
        // DF050 ran on the Dockerfiles and found nothing.
        assertThat(doc.selectFirst(".score[data-practice=health-monitoring]").attr("data-state")).isEqualTo("pass");
        // No rule of the practice ran.
        assertThat(doc.selectFirst(".score[data-practice=resource-limits]").attr("data-state")).isEqualTo("not_applicable");
    }

    @Test
    void aRuleOfAKindNotPresentIsNotApplicable() {
        SourceText manifest = new SourceText("deploy.yaml", "kind: Pod\n");
        ReportInput in = new ReportInput(Fixtures.TOOL, Fixtures.descriptors(), List.of(),
                SourceLookup.of(List.of(manifest)), dev.bulwark.core.FailThreshold.WARNING, 1)
                .withFileKinds(Map.of("deploy.yaml", "kubernetes"));
        Document doc = Jsoup.parse(Fixtures.render(new HtmlReporter(), in));
        assertThat(doc.selectFirst(".score[data-practice=health-monitoring]").attr("data-state")).isEqualTo("not_applicable");
        assertThat(doc.selectFirst("#no-findings")).isNotNull();
        assertThat(doc.selectFirst("#verdict").text()).isEqualTo("Passed");
    }

    @Test
    void chartsAreInlineSvgLinkedToFilters() {
        Document doc = page();
        assertThat(doc.select("svg")).hasSize(3);
        assertThat(doc.select("#chart-severity a").eachAttr("href"))
                .containsExactly("#severity=error", "#severity=warning", "#severity=info");
        assertThat(doc.select("#chart-practice a").eachAttr("href"))
                .containsExactly("#practice=base-image-pinning", "#practice=secret-management");
        assertThat(doc.select("#chart-file rect")).hasSize(2);
        assertThat(doc.select("#chart-severity rect").eachAttr("class")).containsExactly("bar error", "bar warning", "bar info");
    }

    @Test
    void rulesWithFindingsAreDocumented() {
        Document doc = page();
        assertThat(doc.select("#rules article").eachAttr("id")).containsExactly("rule-DF001", "rule-DF020");
        Element latest = doc.selectFirst("#rule-DF001");
        assertThat(latest.selectFirst("details h4").text()).isEqualTo("latest-tag");
        assertThat(latest.selectFirst("details code").text()).isEqualTo("FROM image:latest");
    }

    @Test
    void printAndDarkStylesExist() {
        String css = Jsoup.parse(Fixtures.render(new HtmlReporter(), input())).selectFirst("style").data();
        assertThat(css).contains("@media print").contains("@media (prefers-color-scheme: dark)");
    }

    @Test
    void markdownLinksOnlyToTheWebAndEscapesEverything() {
        assertThat(HtmlMarkdown.inline("[a](javascript:alert) [b](https://x.io/?a=1&b=2) <i>"))
                .isEqualTo("a <a href=\"https://x.io/?a=1&amp;b=2\" rel=\"noopener noreferrer\">b</a> &lt;i&gt;");
        assertThat(HtmlMarkdown.render("## T\n\n```dockerfile\n<x>\n```\n- a `b`\n")).isEqualTo(
                "<h4>T</h4>\n<pre><code>&lt;x&gt;\n</code></pre>\n<ul>\n<li>a <code>b</code></li>\n</ul>\n");
    }
}
