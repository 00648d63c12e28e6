package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import java.util.ArrayList;
import java.util.List;

/** The LABEL keys of a file's stages, expanded as the builder expands them (spec 1.9); keys with unknown variables are left out. */
final class LabelKeys {

    /** One key as the image will carry it, and where it is written. */
    record LabelKey(String key, TextRange range) {
    }

    private LabelKeys() {
    }

    static List<LabelKey> of(DockerfileContext ctx) {
        List<LabelKey> out = new ArrayList<>();
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof LabelInstruction label) || ctx.model().stageOf(i).isEmpty()) {
                continue;
            }
            for (KeyValue pair : label.pairs()) {
                Expansion e = ctx.model().expand(i, pair.key());
                if (e.isOk() && e.referenced().isEmpty()) {
                    out.add(new LabelKey(e.text(), pair.keyRange()));
                }
            }
        }
        return out;
    }
}
