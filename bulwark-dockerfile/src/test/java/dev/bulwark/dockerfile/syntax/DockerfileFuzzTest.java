package dev.bulwark.dockerfile.syntax;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.core.testing.SharedCorpus;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the Dockerfile parser and the semantic model built on it (issue 9,
 * "Robustness by construction"). Without {@code JAZZER_FUZZ=1}, as in {@code mvn verify}, it runs
 * its regression inputs only: the files in {@code DockerfileFuzzTestInputs/parse/} beside this
 * class and the corpus Dockerfiles; {@code bench/fuzz.sh dockerfile MINUTES} fuzzes it.
 *
 * <p>Plain checks rather than AssertJ: the check runs on every one of millions of inputs.
 */
class DockerfileFuzzTest {

    static Stream<Arguments> corpus() {
        return SharedCorpus.files("dockerfile", "the Dockerfile fuzz target").stream()
                .map(e -> Arguments.of((Object) e.bytes()));
    }

    @MethodSource("corpus")
    @FuzzTest
    void parse(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8));
    }

    /**
     * Total (no exception from the parser or the model), lossless (the tokens tile the text),
     * every range inside the text, instructions in order without overlap, and no more
     * instructions than lines.
     */
    static void check(String text) {
        Dockerfile file = DockerfileParser.parse(new SourceText("Dockerfile", text));
        Fixtures.assertTiles(file);
        TextRange all = new TextRange(0, text.length());
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                lines++;
            }
        }
        require(file.instructions().size() <= lines, "more instructions than lines");
        int previousEnd = 0;
        for (Instruction i : file.instructions()) {
            require(i.range().start() >= previousEnd, "instructions overlap or go backwards: " + i.range());
            previousEnd = i.range().end();
            instruction(i, all);
        }
        for (Directive d : file.directives()) {
            inside(all, d.range(), "directive");
            inside(d.range(), d.keyRange(), "directive key");
            inside(d.range(), d.valueRange(), "directive value");
        }
        for (Comment c : file.comments()) {
            inside(all, c.range(), "comment");
        }
        for (SyntaxProblem p : file.problems()) {
            inside(all, p.range(), "problem");
            require(!p.message().isBlank(), "blank problem message");
        }
        model(DockerfileModel.of(file), all);
    }

    private static void instruction(Instruction i, TextRange all) {
        inside(all, i.range(), "instruction");
        inside(i.range(), i.keywordRange(), "keyword");
        require(i.startLine() <= i.endLine(), "lines out of order");
        for (Flag f : i.flags()) {
            inside(i.range(), f.range(), "flag");
            inside(f.range(), f.nameRange(), "flag name");
            inside(f.range(), f.valueRange(), "flag value");
        }
        for (Heredoc h : i.heredocs()) {
            inside(all, h.markerRange(), "heredoc marker");
            inside(all, h.terminatorRange(), "heredoc terminator");
        }
        TextRange arguments = i.arguments().toSource(0, i.arguments().length());
        inside(all, arguments, "arguments");
        if (i instanceof OnbuildInstruction o && o.trigger().isPresent()) {
            instruction(o.trigger().get(), all);
        }
    }

    private static void model(DockerfileModel model, TextRange all) {
        List<Stage> stages = model.stages();
        require(model.finalStage().isPresent() == !stages.isEmpty(), "final stage without stages");
        require(stages.containsAll(model.stagesReachableFromFinal()), "reachable stage not a stage");
        model.globalScope();
        for (Stage stage : stages) {
            stage.base();
            stage.rootBase();
            stage.dependencies();
            stage.finalVariables();
            stage.finalUser();
            stage.finalWorkdir();
            stage.finalShell();
            for (Instruction i : stage.instructions()) {
                require(stage.contains(i), "stage does not contain its instruction");
                stage.userAt(i);
                stage.workdirAt(i);
                stage.shellAt(i);
                model.variablesAt(i);
                Optional<ShellScript> script = model.script(i);
                if (script.isPresent()) {
                    commands(script.get().commands(), all);
                }
                if (i instanceof RunInstruction run) {
                    commands(model.runCommands(run), all);
                    for (ShellScript heredoc : model.heredocScripts(run)) {
                        commands(heredoc.commands(), all);
                    }
                }
            }
        }
    }

    private static void commands(List<SimpleCommand> commands, TextRange all) {
        for (SimpleCommand c : commands) {
            inside(all, c.range(), "command");
            inside(all, c.nameRange(), "command name");
            for (dev.bulwark.shell.Word w : c.words()) {
                inside(all, w.range(), "word");
            }
        }
    }

    private static void inside(TextRange outer, TextRange inner, String what) {
        if (!outer.contains(inner)) {
            throw new AssertionError(what + " " + inner + " outside " + outer);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
