package dev.bulwark.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every corpus Dockerfile parses without exception and tiles; the few Docker rejects are listed with why. */
class CorpusTest {

    /** Corpus files Docker itself rejects, with the reason it does. */
    private static final java.util.Map<String, String> EXPECTED_PROBLEMS = java.util.Map.of(
            "modelscope__modelscope/docker__Dockerfile.ascend:46: unknown instruction: {extra_content}",
            "an unrendered template placeholder on its own line: BuildKit's instruction parser fails "
                    + "with `unknown instruction` (spec 1.14)",
            "modelscope__modelscope/docker__Dockerfile.ubuntu:13: unknown instruction: {extra_content}",
            "the same unrendered placeholder: `unknown instruction` (spec 1.14)");

    @Test
    void everyCorpusDockerfileParsesAndTiles() {
        Path shared = Corpus.sharedDir().orElse(null);
        if (shared == null) {
            String skipped = "../shared not present: skipping the Dockerfile corpus test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        List<Corpus.Entry> entries = Corpus.dockerfiles(shared);
        assertThat(entries).hasSize(389);
        List<String> report = new ArrayList<>();
        int instructions = 0;
        for (Corpus.Entry e : entries) {
            SourceText source = new SourceText(e.storedAs(), e.text());
            Dockerfile file = DockerfileParser.parse(source);
            Fixtures.assertTiles(file);
            assertThat(file.instructions()).as(e.storedAs()).isNotEmpty();
            instructions += file.instructions().size();
            for (SyntaxProblem p : file.problems()) {
                report.add(e.storedAs() + ":" + source.location(p.range()).line() + ": " + p.message());
            }
        }
        System.out.println("[corpus] " + entries.size() + " Dockerfiles, " + instructions + " instructions, "
                + report.size() + " problems");
        // Every problem the parser finds in the corpus is one Docker would reject too; the reason is
        // written beside each, so a new problem (a parser regression) or a vanished one fails here.
        assertThat(report).containsExactlyInAnyOrderElementsOf(EXPECTED_PROBLEMS.keySet());
    }
}
