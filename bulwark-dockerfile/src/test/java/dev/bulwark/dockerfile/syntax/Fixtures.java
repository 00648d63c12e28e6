package dev.bulwark.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import java.util.List;

/** Small helpers shared by the parser tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Dockerfile parse(String text) {
        Dockerfile file = DockerfileParser.parse(new SourceText("Dockerfile", text));
        assertTiles(file);
        return file;
    }

    static String slice(Dockerfile file, TextRange range) {
        return file.source().slice(range);
    }

    static List<String> messages(Dockerfile file) {
        return file.problems().stream().map(SyntaxProblem::message).toList();
    }

    @SuppressWarnings("unchecked")
    static <T extends Instruction> T only(Dockerfile file, Class<T> type) {
        List<Instruction> matching = file.instructions().stream().filter(type::isInstance).toList();
        assertThat(matching).hasSize(1);
        return (T) matching.get(0);
    }

    /** The tokens cover the text in order, without gaps or overlaps, none empty. */
    static void assertTiles(Dockerfile file) {
        int pos = 0;
        for (Token t : file.tokens()) {
            if (t.range().start() != pos || t.range().isEmpty()) {
                throw new AssertionError("token " + t + " does not continue at " + pos);
            }
            pos = t.range().end();
        }
        if (pos != file.source().length()) {
            throw new AssertionError("tokens end at " + pos + " of " + file.source().length());
        }
    }

    static String shellText(CommandForm form) {
        assertThat(form).isInstanceOf(ShellForm.class);
        return ((ShellForm) form).text().text();
    }

    static List<String> execValues(CommandForm form) {
        assertThat(form).isInstanceOf(ExecForm.class);
        return ((ExecForm) form).values();
    }
}
