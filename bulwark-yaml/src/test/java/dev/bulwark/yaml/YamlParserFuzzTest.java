package dev.bulwark.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.core.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the YAML adapter (issue 9, "Robustness by construction"). Without
 * {@code JAZZER_FUZZ=1} (as in {@code mvn verify}) it runs the regression inputs only: the files in
 * {@code YamlParserFuzzTestInputs/parse/} beside this class and the corpus's Compose and
 * Kubernetes files; {@code bench/fuzz.sh yaml MINUTES} fuzzes it.
 */
class YamlParserFuzzTest {

    static Stream<Arguments> corpus() {
        Stream<SharedCorpus.Entry> compose = SharedCorpus.files("compose", "the YAML fuzz target").stream();
        Stream<SharedCorpus.Entry> k8s = SharedCorpus.files("k8s", "the YAML fuzz target").stream();
        return Stream.concat(compose, k8s).map(e -> Arguments.of((Object) e.bytes()));
    }

    @MethodSource("corpus")
    @FuzzTest
    void parse(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /**
     * Total (no exception), every problem and node range inside the text and on a code point
     * boundary, and a node graph whose size is bounded by the limits whatever the aliases.
     */
    static void check(String text) {
        YamlFile file = new YamlParser().parse(new SourceText("fuzz.yaml", text));
        for (SyntaxProblem p : file.problems()) {
            assertInside(p.range(), text);
            assertThat(p.message()).isNotBlank();
        }
        Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<YamlNode> todo = new ArrayDeque<>();
        for (YamlDocument d : file.documents()) {
            todo.push(d.root());
        }
        while (!todo.isEmpty()) {
            YamlNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            assertInside(n.range(), text);
            if (n instanceof YamlSequence s) {
                for (YamlNode item : s.items()) {
                    todo.push(item);
                }
            } else if (n instanceof YamlMapping m) {
                for (YamlEntry e : m.entries()) {
                    todo.push(e.key());
                    todo.push(e.value());
                }
            }
        }
        // Distinct nodes come from distinct events of the text: never more than its length allows.
        assertThat(seen.size()).isLessThanOrEqualTo(2 * text.length() + 2 * file.documents().size() + 1);
    }

    private static void assertInside(TextRange r, String text) {
        assertThat(r.start()).isBetween(0, text.length());
        assertThat(r.end()).isBetween(r.start(), text.length());
        assertThat(r.start() == text.length() || !Character.isLowSurrogate(text.charAt(r.start()))).isTrue();
        assertThat(r.end() == text.length() || !Character.isLowSurrogate(text.charAt(r.end()))).isTrue();
    }
}
