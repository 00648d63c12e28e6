package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stage with the stages it is built {@code FROM}, root first: their instructions are all part of
 * the stage's image (spec 1.11), so image-level questions (is there a HEALTHCHECK, which CMD runs)
 * are answered over the chain.
 */
final class StageChain {
    private final List<Stage> stages;

    private StageChain(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    static StageChain of(Stage stage) {
        List<Stage> chain = new ArrayList<>();
        // The model tolerates cyclic input; a chain never visits a stage twice. A set, not
        // chain.contains: rules build the chain of every stage, and a file of 1,000 stages each
        // FROM the previous one made that walk cubic (issue 9, "Hostile inputs").
        Map<Stage, Boolean> visited = new IdentityHashMap<>();
        Optional<Stage> current = Optional.of(stage);
        while (current.isPresent() && visited.put(current.get(), Boolean.TRUE) == null) {
            chain.add(current.get());
            current = current.get().parent();
        }
        Collections.reverse(chain);
        return new StageChain(chain);
    }

    /** Root first, the stage itself last. */
    List<Stage> stages() {
        return stages;
    }

    /** Every instruction after the FROMs, in build order. */
    List<Instruction> instructions() {
        List<Instruction> all = new ArrayList<>();
        for (Stage s : stages) {
            all.addAll(s.instructions());
        }
        return all;
    }

    /** The instructions of one kind, in build order; asked by many rules, so a plain walk. */
    <T extends Instruction> List<T> instructions(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Stage s : stages) {
            for (Instruction i : s.instructions()) {
                if (type.isInstance(i)) {
                    out.add(type.cast(i));
                }
            }
        }
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    /** The ENTRYPOINT in effect: the last one in the chain (spec 1.8: only the last takes effect). */
    Optional<EntrypointInstruction> entrypoint() {
        return last(EntrypointInstruction.class);
    }

    /** What starts the image's process: the ENTRYPOINT then the CMD in effect, those present. */
    List<Instruction> starts() {
        List<Instruction> starts = new ArrayList<>(2);
        Optional<EntrypointInstruction> entrypoint = entrypoint();
        if (entrypoint.isPresent()) {
            starts.add(entrypoint.get());
        }
        Optional<CmdInstruction> cmd = cmd();
        if (cmd.isPresent()) {
            starts.add(cmd.get());
        }
        return starts;
    }

    /**
     * The CMD in effect: the last one, unless a later ENTRYPOINT reset it (spec 1.8: setting
     * ENTRYPOINT resets an inherited CMD).
     */
    Optional<CmdInstruction> cmd() {
        Optional<CmdInstruction> cmd = Optional.empty();
        for (Stage stage : stages) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof CmdInstruction c) {
                    cmd = Optional.of(c);
                } else if (i instanceof EntrypointInstruction && cmd.isPresent() && !stage.contains(cmd.get())) {
                    cmd = Optional.empty();
                }
            }
        }
        return cmd;
    }

    private <T extends Instruction> Optional<T> last(Class<T> type) {
        List<T> all = instructions(type);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
