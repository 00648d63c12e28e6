package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The build-context sources of every COPY and ADD of a Dockerfile (as {@link CopySources}: no
 * {@code --from}, no heredocs, no URLs, variables expanded), for the context rules and the
 * engine's context inference, which live outside this package.
 */
public final class ContextSourceWords {
    /** One source: its instruction, expanded path and the word it is written as. */
    public record SourceWord(Instruction instruction, String path, Word word) {
    }

    private ContextSourceWords() {
    }

    public static List<SourceWord> of(DockerfileModel model) {
        List<SourceWord> out = new ArrayList<>();
        for (Instruction instruction : model.file().instructions()) {
            for (CopySources.Source s : CopySources.of(model, instruction)) {
                out.add(new SourceWord(instruction, s.path(), s.word()));
            }
        }
        return out;
    }
}
