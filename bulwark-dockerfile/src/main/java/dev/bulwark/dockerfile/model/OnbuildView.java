package dev.bulwark.dockerfile.model;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.OnbuildInstruction;
import java.util.List;

/**
 * How the ONBUILD triggers of one stage run: as the first instructions of a downstream build
 * {@code FROM} that stage (spec 1.8). {@code model} is this file's model with one more stage at
 * the end, built from {@code upstream} and holding the triggers themselves (the instruction
 * objects of the file, so their ranges are where they are written); it is the final stage there.
 * Rules check triggers by checking this model: what they report inside one of {@code onbuilds}
 * is about a trigger.
 *
 * @param upstream the stage in this file's model whose ONBUILD instructions these are
 * @param onbuilds the stage's ONBUILD instructions that have a trigger, in order
 * @param model    the model of the downstream build
 */
public record OnbuildView(Stage upstream, List<OnbuildInstruction> onbuilds, DockerfileModel model) {

    public OnbuildView {
        onbuilds = List.copyOf(onbuilds);
    }

    /** Whether {@code range} lies within one of the ONBUILD instructions. */
    public boolean covers(TextRange range) {
        for (OnbuildInstruction onbuild : onbuilds) {
            if (onbuild.range().contains(range)) {
                return true;
            }
        }
        return false;
    }
}
