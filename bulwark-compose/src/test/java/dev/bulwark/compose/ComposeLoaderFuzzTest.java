package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.testing.SharedCorpus;
import dev.bulwark.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the Compose loader (issue 9: "every new model as it lands"). The input
 * is one Compose file with no file beside it; the loader parses, interpolates, merges, validates
 * and builds every view. Without {@code JAZZER_FUZZ=1} (as in {@code mvn verify}) it replays the
 * regression inputs and the corpus's Compose files; {@code bench/fuzz.sh compose MINUTES} fuzzes it.
 */
class ComposeLoaderFuzzTest {
    private static final Path NOWHERE = Path.of("/nonexistent-bulwark-fuzz");

    static Stream<Arguments> corpus() {
        return SharedCorpus.files("compose", "the Compose fuzz target").stream().map(e -> Arguments.of((Object) e.bytes()));
    }

    @MethodSource("corpus")
    @FuzzTest
    void load(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /**
     * Total (no exception), every problem and every node of the merged model inside the text it
     * names, every service's views built, and a model no larger than the text allows.
     */
    static void check(String text) {
        SourceText source = new SourceText("compose.yaml", text);
        ComposeInput input = new ComposeInput(Optional.empty(), source, new YamlParser().parse(source));
        ComposeProject project = new ComposeLoader(new NoFiles()).load(List.of(input), NOWHERE);
        for (ComposeProblem p : project.problems()) {
            assertInside(p.span());
            assertThat(p.message()).isNotBlank();
        }
        Set<ComposeNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<ComposeNode> todo = new ArrayDeque<>();
        todo.push(project.model());
        while (!todo.isEmpty()) {
            ComposeNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof ComposeScalar s) {
                assertInside(s.span());
            } else if (n instanceof ComposeSequence q) {
                assertInside(q.span());
                q.items().forEach(todo::push);
            } else if (n instanceof ComposeMapping m) {
                assertInside(m.span());
                for (ComposeEntry e : m.entries()) {
                    assertInside(e.keySpan());
                    todo.push(e.value());
                }
            }
            assertThat(seen.size()).as("model size").isLessThan(200_000);
        }
        for (Service s : project.services()) {
            assertInside(s.nameSpan());
            s.ports().forEach(p -> assertThat(p).isNotNull());
            s.volumes().forEach(v -> assertThat(v).isNotNull());
            s.dependsOn().forEach(d -> assertThat(d).isNotNull());
            assertThat(s.resolvedEnvironment()).isNotNull();
            s.healthcheck().ifPresent(h -> assertThat(h).isNotNull());
            s.hasMemoryLimit();
            s.requestsGpu();
        }
    }

    private static void assertInside(Span span) {
        assertThat(span.range().end()).isLessThanOrEqualTo(span.source().length());
    }

    /** Nothing beside the file: includes, extends files and env files are all missing. */
    private static final class NoFiles implements ComposeFileReader {
        @Override
        public FileContent read(Path path) {
            return new FileContent.Missing();
        }
    }
}
