package dev.bulwark.report;

import static dev.bulwark.report.JsonTree.asList;
import static dev.bulwark.report.JsonTree.asMap;
import static dev.bulwark.report.JsonTree.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecificationVersion;
import dev.bulwark.core.Finding;
import dev.bulwark.core.LineIndex;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reporters on the real Dockerfiles of {@code ../shared/corpus} (read in place, never copied). */
class CorpusTest {
    private List<SourceText> dockerfiles;

    // Read per test, not in @BeforeAll, so that each test reports the skip when ../shared is absent.
    @BeforeEach
    void readCorpus() throws IOException {
        Path sources = SharedFiles.shared("corpus/SOURCES.tsv", "reporters on the real corpus");
        List<String> rows = Files.readAllLines(sources, StandardCharsets.UTF_8);
        List<String> header = List.of(rows.get(0).split("\t"));
        int kind = header.indexOf("kind");
        int storedAs = header.indexOf("stored-as");
        dockerfiles = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\t");
            if (cells.length > Math.max(kind, storedAs) && cells[kind].equals("dockerfile")) {
                byte[] bytes = Files.readAllBytes(sources.resolveSibling(cells[storedAs]));
                dockerfiles.add(new SourceText(cells[storedAs], new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        assertThat(dockerfiles).isNotEmpty();
    }

    /** One finding per file, on its last line with content (the whole line). */
    private List<Finding> lastLineFindings() {
        List<Finding> findings = new ArrayList<>();
        for (SourceText src : dockerfiles) {
            LineIndex lines = src.lines();
            int line = lines.lineCount();
            while (line > 1 && lines.lineText(line).isBlank()) {
                line--;
            }
            findings.add(Fixtures.finding(Fixtures.LATEST_TAG, Severity.WARNING, src, lines.lineStart(line),
                    lines.lineContentEnd(line), "last line", List.of()));
        }
        return findings;
    }

    @Test
    void lineHashesGiveOneValuePerLine() {
        for (SourceText src : dockerfiles) {
            assertThat(LineHashes.of(src.text()).all()).as(src.path())
                    .hasSize(src.text().split("\r\n|\r|\n", -1).length);
        }
    }

    @Test
    void textShowsEachFlaggedLineVerbatimWithAFullUnderline() {
        List<Finding> findings = lastLineFindings();
        String out = Fixtures.render(new TextReporter(false), Fixtures.input(findings, dockerfiles));
        for (Finding f : findings) {
            SourceText src = dockerfiles.stream().filter(s -> s.path().equals(f.path())).findFirst().orElseThrow();
            String line = TextSafety.safe(src.lines().lineText(f.location().line()));
            assertThat(out).as(f.path()).contains(f.path() + ":" + f.location().line() + ":1: warning",
                    " | " + line + "\n");
        }
        assertThat(out).endsWith(findings.size() + " findings (0 errors, " + findings.size() + " warnings, 0 info) in 3 files\n");
    }

    @Test
    void sarifOfTheWholeCorpusIsValidAndFingerprinted() {
        List<Finding> findings = lastLineFindings();
        String sarif = Fixtures.render(new SarifReporter(), Fixtures.input(findings, dockerfiles));
        assertThat(SchemaCheck.load(SharedFiles.shared("schemas/sarif-schema-2.1.0.json", "SARIF schema validation"),
                SpecificationVersion.DRAFT_4).errors(sarif)).isEmpty();
        List<Object> results = asList(at(JsonTree.parse(sarif), "runs", 0, "results"));
        assertThat(results).hasSize(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            SourceText src = dockerfiles.get(i);
            Map<String, Object> result = asMap(results.get(i));
            assertThat(at(result, "partialFingerprints", "primaryLocationLineHash")).as(f.path())
                    .isEqualTo(LineHashes.of(src.text()).forLine(f.location().line()).orElseThrow());
        }
    }
}
