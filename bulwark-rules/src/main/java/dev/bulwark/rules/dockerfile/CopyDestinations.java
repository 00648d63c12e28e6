package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The COPY and ADD instructions of each stage with their destination expanded (spec 1.8, 1.9).
 * An instruction whose destination has a variable of unknown value is left out.
 */
final class CopyDestinations {

    /** {@code sourceCount} counts heredoc sources too. */
    record CopyDestination(Stage stage, Instruction instruction, Word written, String path, int sourceCount) {

        boolean isAbsolute() {
            return path.startsWith("/") || path.startsWith("\\") || path.length() > 1 && path.charAt(1) == ':';
        }
    }

    private CopyDestinations() {
    }

    static List<CopyDestination> of(DockerfileModel model) {
        List<CopyDestination> out = new ArrayList<>();
        for (Stage stage : model.stages()) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof CopyInstruction c && c.destination().isPresent()) {
                    add(model, stage, i, c.destination().get(), c.sources().size() + c.heredocs().size(), out);
                } else if (i instanceof AddInstruction a && a.destination().isPresent()) {
                    add(model, stage, i, a.destination().get(), a.sources().size() + a.heredocs().size(), out);
                }
            }
        }
        return out;
    }

    private static void add(DockerfileModel model, Stage stage, Instruction i, Word dest, int sources,
                            List<CopyDestination> out) {
        Expansion e = model.expand(i, dest.text());
        if (e.isOk() && e.undefined().isEmpty() && !e.text().isEmpty()) {
            out.add(new CopyDestination(stage, i, dest, e.text(), sources));
        }
    }
}
