package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.Derivation;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The build-context sources of a COPY or ADD: none for {@code --from} copies and heredocs; each
 * source expanded through ARG/ENV, or skipped when a variable is unknown; URLs and Git sources
 * left out of ADD's list.
 */
final class CopySources {
    /** One context source: the expanded text and where it is written. */
    record Source(String path, Word word) {
        /** The last path segment, trailing separators ignored ({@code /}, or {@code \\} on Windows). */
        String baseName() {
            return Text.fileName(path);
        }
    }

    // Kept with the model: several rules read the sources of every COPY and ADD.
    private static final Derivation<Instruction, List<Source>> SOURCES = new ContextSources();

    private CopySources() {
    }

    private static final class ContextSources implements Derivation<Instruction, List<Source>> {
        @Override
        public List<Source> compute(DockerfileModel model, Instruction instruction) {
            return CopySources.compute(model, instruction);
        }
    }

    /** Whether the instruction is a COPY or ADD reading from the build context. */
    static boolean readsContext(Instruction instruction) {
        return (instruction instanceof CopyInstruction || instruction instanceof AddInstruction)
                && instruction.flag("from").isEmpty();
    }

    static List<Source> of(DockerfileModel model, Instruction instruction) {
        if (!readsContext(instruction)) {
            return List.of();
        }
        return model.derived(SOURCES, instruction);
    }

    private static List<Source> compute(DockerfileModel model, Instruction instruction) {
        List<Word> words = instruction instanceof CopyInstruction c ? c.sources() : ((AddInstruction) instruction).sources();
        boolean heredocs = !instruction.heredocs().isEmpty();
        List<Source> out = new ArrayList<>();
        for (Word word : words) {
            if (heredocs && word.text().startsWith("<<")) {
                continue;
            }
            Expansion e = model.expand(instruction, word.text());
            if (!e.isOk() || !e.undefined().isEmpty() || e.text().isEmpty() || isRemote(e.text())) {
                continue;
            }
            out.add(new Source(e.text(), word));
        }
        return List.copyOf(out);
    }

    /** The expanded destination, when known. */
    static Optional<String> destination(DockerfileModel model, Instruction instruction) {
        Optional<Word> dest = instruction instanceof CopyInstruction c ? c.destination()
                : instruction instanceof AddInstruction a ? a.destination() : Optional.empty();
        if (dest.isEmpty()) {
            return Optional.empty();
        }
        Expansion e = model.expand(instruction, dest.get().text());
        return e.isOk() && e.undefined().isEmpty() ? Optional.of(e.text()) : Optional.empty();
    }

    private static boolean isRemote(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@") || s.startsWith("git://")
                || s.startsWith("ssh://");
    }
}
