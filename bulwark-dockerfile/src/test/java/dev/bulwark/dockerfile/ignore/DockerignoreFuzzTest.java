package dev.bulwark.dockerfile.ignore;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the {@code .dockerignore} parser and matcher (issue 9, "Robustness
 * by construction"). Without {@code JAZZER_FUZZ=1}, as in {@code mvn verify}, it runs its
 * regression inputs only: the files in {@code DockerignoreFuzzTestInputs/match/} beside this
 * class and the corpus {@code .dockerignore} files; {@code bench/fuzz.sh dockerignore MINUTES}
 * fuzzes it.
 *
 * <p>The input is the file; the paths asked about are fixed ones plus each pattern's own text
 * (and a child of it), so that the matcher meets the shapes the patterns have.
 */
class DockerignoreFuzzTest {
    private static final List<String> PATHS = List.of("Dockerfile", "src/app.py", "models/weights.bin", "a/b/c/d",
            ".git/config");
    private static final int PATTERN_PATHS = 4;

    static Stream<Arguments> corpus() {
        return SharedCorpus.files("dockerignore", "the .dockerignore fuzz target").stream()
                .map(e -> Arguments.of((Object) e.bytes()));
    }

    @MethodSource("corpus")
    @FuzzTest
    void match(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /**
     * Total (parse, match and every query), pattern lines inside the file, invalid patterns
     * reported as values, the context root never excluded, and matching the same for the
     * spellings of one path ({@code a}, {@code ./a}, {@code /a}).
     */
    static void check(String text) {
        DockerignoreFile file = DockerignoreFile.parse(".dockerignore", text);
        int lines = text.split("\n", -1).length;
        List<String> paths = new ArrayList<>(PATHS);
        for (IgnorePattern p : file.patterns()) {
            if (p.line() < 1 || p.line() > lines) {
                throw new AssertionError("pattern line " + p.line() + " outside 1.." + lines);
            }
            p.error();
            // A few patterns' own paths: each query walks every pattern, so all of them would
            // make one input cost the square of its length.
            if (paths.size() < PATHS.size() + 2 * PATTERN_PATHS) {
                // Cut short: matching costs pattern length times path length.
                String path = p.text().substring(0, Math.min(p.text().length(), 40));
                paths.add(path);
                paths.add(path + "/child");
            }
        }
        file.invalidPatterns();
        file.hasExceptions();
        file.ignoresEverything();
        if (file.excludes(".") || file.excludes("/") || file.excludes("")) {
            throw new AssertionError("the context root is excluded");
        }
        for (String path : paths) {
            boolean excluded = file.excludes(path);
            file.matchesOrParentMatches(path);
            // "/.." is "/" (a rooted path cannot climb), so only paths that do not climb have three spellings.
            boolean rootedSame = path.contains("..") || file.excludes("/" + path) == excluded;
            if (file.excludes("./" + path) != excluded || !rootedSame) {
                throw new AssertionError("spellings of " + path + " disagree");
            }
        }
    }
}
