package dev.bulwark.shell;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import dev.bulwark.core.testing.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the shell parser (issue 9, "Robustness by construction"). Without
 * {@code JAZZER_FUZZ=1}, as in {@code mvn verify}, it runs its regression inputs only: the files in
 * {@code ShellParserFuzzTestInputs/parse/} beside this class and the RUN scripts of the corpus
 * Dockerfiles; {@code bench/fuzz.sh shell MINUTES} fuzzes it.
 *
 * <p>Each input is parsed as one run of text and, when it has {@code \}-newline continuations,
 * again as a RUN instruction's logical text with them cut out, so that ranges go through a real map.
 */
class ShellParserFuzzTest {

    /** The RUN instructions of the corpus Dockerfiles, continuation lines included. */
    static Stream<Arguments> corpus() {
        List<Arguments> scripts = new ArrayList<>();
        for (SharedCorpus.Entry e : SharedCorpus.files("dockerfile", "the shell fuzz target")) {
            StringBuilder run = null;
            for (String line : e.text().split("\n", -1)) {
                if (run == null && line.regionMatches(true, 0, "RUN ", 0, 4)) {
                    run = new StringBuilder();
                    line = line.substring(4);
                }
                if (run != null) {
                    run.append(line).append('\n');
                    if (!line.endsWith("\\")) {
                        scripts.add(Arguments.of((Object) run.toString().getBytes(StandardCharsets.UTF_8)));
                        run = null;
                    }
                }
            }
        }
        return scripts.stream();
    }

    @MethodSource("corpus")
    @FuzzTest
    void parse(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        check(MappedText.identity(text, 0), 0, text.length());
        if (text.contains("\\\n")) {
            check(continued(text, 7), 7, 7 + text.length());
        }
    }

    /** The logical text of {@code source} placed at {@code start}: each backslash-newline removed. */
    static MappedText continued(String source, int start) {
        MappedText.Builder b = MappedText.builder();
        int from = 0;
        int cut = source.indexOf("\\\n");
        while (cut >= 0) {
            b.appendRun(source.substring(from, cut), start + from);
            from = cut + 2;
            cut = source.indexOf("\\\n", from);
        }
        b.appendRun(source.substring(from), start + from);
        return b.build(start + source.length());
    }

    /**
     * Total, every range of the tree inside {@code [low, high]}, the words of each command in
     * order, the commands in order, and the query API total on every command.
     */
    static void check(MappedText text, int low, int high) {
        ShellScript script = ShellParser.parse(text);
        TreeRanges tree = TreeRanges.of(script);
        for (TextRange r : tree.ranges) {
            if (r.start() < low || r.end() > high || r.start() > r.end()) {
                throw new AssertionError("range " + r + " outside [" + low + ", " + high + "]");
            }
        }
        for (List<Word> words : tree.wordSequences) {
            for (int i = 1; i < words.size(); i++) {
                if (words.get(i).range().start() < words.get(i - 1).range().end()) {
                    throw new AssertionError("words out of order: " + words.get(i - 1).range() + " " + words.get(i).range());
                }
            }
        }
        List<SimpleCommand> commands = script.commands();
        for (int i = 1; i < commands.size(); i++) {
            if (commands.get(i).range().start() < commands.get(i - 1).range().start()) {
                throw new AssertionError("commands out of order");
            }
        }
        for (SimpleCommand c : commands) {
            if (c.pipeline() == null || c.andOrList() == null) {
                throw new AssertionError("command outside a pipeline or list");
            }
            c.hasFlag("-y", "--opt");
            c.positionals(Set.of("-o"));
            c.effective();
            c.nextInPipeline();
        }
        if (!commands.isEmpty()) {
            // Linear in the commands: asked for the first and the last only, or each input would cost its square.
            script.commandsAfter(commands.get(0));
            script.chainAfter(commands.get(0));
            script.chainAfter(commands.get(commands.size() - 1));
        }
    }
}
