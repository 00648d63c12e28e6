package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecificationVersion;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The CI formats against their published shapes: JUnit XML and Checkstyle XML against XSDs,
 * GitLab Code Quality against a JSON schema, GitHub workflow commands against the runner's
 * grammar. The schemas under {@code src/test/resources/formats/} are written from the formats'
 * documentation (nothing is fetched from the network). Hostile text (markup, quotes, control
 * characters, line ends, the commands' own separators) must come through escaped.
 */
class CiFormatsTest {
    private static final String SECRET = "ghp_S3cr3tT0k3nValue42";
    private static final String HOSTILE_PATH = "svc/<script>alert(\"x\")</script>, a:b & c.Dockerfile";
    private final SourceText dockerfile = new SourceText("docker/Dockerfile", Fixtures.DOCKERFILE);
    private final SourceText hostile = new SourceText(HOSTILE_PATH, "FROM python:latest\n");

    private ReportInput input() {
        int at = Fixtures.DOCKERFILE.indexOf(SECRET);
        int line = Fixtures.DOCKERFILE.indexOf("ENV");
        List<Finding> findings = new ArrayList<>();
        findings.add(Fixtures.findingOn(Fixtures.LATEST_TAG, dockerfile, "python:latest", "latest tag"));
        findings.add(Fixtures.finding(Fixtures.SECRET_IN_ENV, Severity.ERROR, dockerfile, line, at + SECRET.length(),
                "API_TOKEN holds " + SECRET, List.of(new TextRange(at, at + SECRET.length()))));
        findings.add(Fixtures.findingOn(Fixtures.LATEST_TAG, hostile, "python:latest",
                "line one\nline two, 100% <b>\"bold\"</b> \u001b[31m:: end"));
        return Fixtures.input(findings, List.of(dockerfile, hostile))
                .withFileKinds(Map.of("docker/Dockerfile", "dockerfile", HOSTILE_PATH, "dockerfile",
                        "clean/Dockerfile", "dockerfile", "deploy.yaml", "kubernetes"));
    }

    private static Document validXml(String xml, String xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(Path.of("src/test/resources/formats", xsd).toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void junitHasATestCasePerRuleAndFileAndAFailurePerRuleWithFindings() throws Exception {
        String xml = Fixtures.render(new JunitReporter(), input());
        Document doc = validXml(xml, "junit.xsd");
        Element root = doc.getDocumentElement();
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).as("one suite per audited file").isEqualTo(4);
        // Dockerfiles get a case per Dockerfile rule that ran (DF001, DF020, DF050); a manifest none of them.
        Element clean = suite(doc, "clean/Dockerfile");
        assertThat(clean.getAttribute("tests")).isEqualTo("3");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        assertThat(suite(doc, "deploy.yaml").getAttribute("tests")).isEqualTo("0");
        Element docker = suite(doc, "docker/Dockerfile");
        assertThat(docker.getAttribute("failures")).isEqualTo("2");
        NodeList failures = docker.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        String all = failures.item(0).getTextContent() + failures.item(1).getTextContent()
                + ((Element) failures.item(1)).getAttribute("message");
        assertThat(all).doesNotContain(SECRET).contains(Redaction.MASK);
        Element hostileSuite = suite(doc, HOSTILE_PATH);
        Element failure = (Element) hostileSuite.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("line one\nline two, 100% <b>\"bold\"</b> ?[31m:: end");
        assertThat(root.getAttribute("tests")).isEqualTo("9");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
    }

    private static Element suite(Document doc, String name) {
        NodeList suites = doc.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element e = (Element) suites.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    @Test
    void checkstyleHasAnErrorPerFindingWithItsRuleAsSource() throws Exception {
        Document doc = validXml(Fixtures.render(new CheckstyleReporter(), input()), "checkstyle.xsd");
        NodeList errors = doc.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(3);
        Element first = (Element) errors.item(0);
        assertThat(((Element) first.getParentNode()).getAttribute("name")).isEqualTo("docker/Dockerfile");
        assertThat(first.getAttribute("line")).isEqualTo("1");
        assertThat(first.getAttribute("column")).isEqualTo("6");
        assertThat(first.getAttribute("severity")).isEqualTo("warning");
        assertThat(first.getAttribute("source")).isEqualTo("bulwark.DF001.latest-tag");
        assertThat(((Element) errors.item(1)).getAttribute("message")).doesNotContain(SECRET).contains("****");
        Element hostileError = (Element) errors.item(2);
        assertThat(((Element) hostileError.getParentNode()).getAttribute("name")).isEqualTo(HOSTILE_PATH);
        assertThat(hostileError.getAttribute("message")).endsWith("line one\nline two, 100% <b>\"bold\"</b> ?[31m:: end");
    }

    @Test
    void gitlabCodeQualityFollowsTheDocumentedShape() {
        String json = Fixtures.render(new GitlabCodeQualityReporter(), input());
        SchemaCheck schema = SchemaCheck.load(Path.of("src/test/resources/formats/gitlab-codequality.schema.json"),
                SpecificationVersion.DRAFT_2020_12);
        assertThat(schema.errors(json)).isEmpty();
        List<Object> issues = JsonTree.parseArray(json);
        assertThat(issues).hasSize(3);
        Map<String, Object> secret = JsonTree.asMap(issues.get(1));
        assertThat(secret.get("severity")).isEqualTo("critical");
        assertThat(JsonTree.at(secret, "location", "lines", "begin")).isEqualTo(2L);
        assertThat(json).doesNotContain(SECRET);
        List<Object> fingerprints = new ArrayList<>();
        for (Object issue : issues) {
            fingerprints.add(JsonTree.asMap(issue).get("fingerprint"));
        }
        assertThat(fingerprints).doesNotHaveDuplicates();
    }

    @Test
    void gitlabFingerprintsSurviveLinesInsertedAboveAndStayUniqueOnOneLine() {
        SourceText before = new SourceText("Dockerfile", "FROM a:latest\nRUN x\n");
        SourceText after = new SourceText("Dockerfile", "# comment\n\nFROM a:latest\nRUN x\n");
        String first = fingerprintOf(before, "a:latest");
        assertThat(fingerprintOf(after, "a:latest")).isEqualTo(first);
        Finding one = Fixtures.findingOn(Fixtures.LATEST_TAG, before, "a:latest", "one");
        Finding two = Fixtures.findingOn(Fixtures.LATEST_TAG, before, "a:latest", "two");
        List<Object> issues = JsonTree.parseArray(Fixtures.render(new GitlabCodeQualityReporter(),
                Fixtures.input(List.of(one, two), List.of(before))));
        assertThat(JsonTree.asMap(issues.get(0)).get("fingerprint")).isNotEqualTo(JsonTree.asMap(issues.get(1)).get("fingerprint"));
    }

    private static String fingerprintOf(SourceText source, String needle) {
        Finding f = Fixtures.findingOn(Fixtures.LATEST_TAG, source, needle, "m");
        List<Object> issues = JsonTree.parseArray(Fixtures.render(new GitlabCodeQualityReporter(),
                Fixtures.input(List.of(f), List.of(source))));
        return (String) JsonTree.asMap(issues.get(0)).get("fingerprint");
    }

    /** {@code ::command key=value,key=value::message}, as the Actions runner parses a command line. */
    private static final Pattern COMMAND = Pattern.compile("^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$");

    @Test
    void githubCommandsParseAndUnescapeToTheOriginalText() {
        String out = Fixtures.render(new GithubAnnotationsReporter(), input());
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(4);
        List<Map<String, String>> parsed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Matcher m = COMMAND.matcher(lines[i]);
            assertThat(m.matches()).as(lines[i]).isTrue();
            Map<String, String> props = new java.util.LinkedHashMap<>();
            for (String kv : m.group(2).split(",")) {
                int eq = kv.indexOf('=');
                props.put(kv.substring(0, eq), unescape(kv.substring(eq + 1)));
            }
            props.put("::command", m.group(1));
            props.put("::message", unescape(m.group(3)));
            parsed.add(props);
        }
        assertThat(parsed.get(0)).containsEntry("::command", "warning").containsEntry("file", "docker/Dockerfile")
                .containsEntry("line", "1").containsEntry("col", "6").containsEntry("endLine", "1")
                .containsEntry("endColumn", "19").containsEntry("title", "DF001 latest-tag");
        assertThat(parsed.get(1)).containsEntry("::command", "error");
        assertThat(parsed.get(1).get("::message")).doesNotContain(SECRET).contains("****");
        assertThat(parsed.get(2)).containsEntry("file", HOSTILE_PATH);
        assertThat(parsed.get(2).get("::message"))
                .isEqualTo("line one\nline two, 100% <b>\"bold\"</b> ?[31m:: end\nhelp: Pin a version tag or a digest.");
        assertThat(lines[3]).startsWith("3 findings");
    }

    /** The runner's unescaping: %0D, %0A, %3A, %2C, %25. */
    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
