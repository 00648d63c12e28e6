package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Fix;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import java.util.List;
import java.util.Optional;

/**
 * The fix for a final stage without USER whose image creates exactly one account: switch to it
 * after the stage's last RUN (so the RUNs before still run as root, as they were written to).
 * Unsafe: the application then runs without root's rights, which it may need.
 */
final class CreatedUserFix {
    private CreatedUserFix() {
    }

    static Optional<Fix> of(DockerfileContext ctx, Stage stage) {
        List<String> created = UserAccounts.of(ctx.model(), stage).created();
        if (created.size() != 1) {
            return Optional.empty();
        }
        Instruction anchor = stage.from();
        for (Instruction i : stage.instructions()) {
            if (i instanceof RunInstruction) {
                anchor = i;
            }
        }
        String user = created.get(0);
        return Optional.of(Fix.unsafe("add `USER " + user + "`", NewInstruction.after(ctx, anchor, "USER", user)));
    }
}
