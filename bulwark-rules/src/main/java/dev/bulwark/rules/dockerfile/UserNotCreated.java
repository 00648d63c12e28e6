package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.UserSpec;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.UserInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code USER name} where the image is a known distribution image and neither it nor any stage
 * of the chain creates {@code name}: the next RUN, or the container start, fails with "unable to
 * find user".
 */
@RuleInfo(code = "DF052", name = "user-not-created", practice = Practice.NON_ROOT_USER,
        severity = Severity.INFO,
        summary = "`USER` names an account that the image never creates.",
        fix = "Create the account first (`useradd --uid 10001 app`), or use a numeric UID.")
public final class UserNotCreated implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Map<Stage, UserAccounts> accounts = new HashMap<>();
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof UserInstruction user)) {
                continue;
            }
            Optional<Stage> stage = ctx.model().stageOf(user);
            if (stage.isEmpty()) {
                continue;
            }
            Optional<UserSpec> spec = UserNotCreated.specOf(stage.get(), user);
            if (spec.isEmpty() || spec.get().instruction() != user || !spec.get().fullyResolved()) {
                continue;
            }
            String name = spec.get().user();
            if (name.isEmpty() || Text.allDigits(name)) {
                continue;
            }
            UserAccounts known = accounts.get(stage.get());
            if (known == null) {
                known = UserAccounts.of(ctx.model(), stage.get());
                accounts.put(stage.get(), known);
            }
            if (known.complete() && !known.mayHave(name)) {
                sink.report(user.range(), "user `" + name + "` is not created in this image");
            }
        }
    }

    /** The user a USER instruction sets: the user in effect after it. */
    static Optional<UserSpec> specOf(Stage stage, UserInstruction user) {
        // By identity: an instruction equals only itself (its header holds its own line), and a
        // record's generated equals is slow to set up in a cold run.
        int at = -1;
        for (int i = 0; i < stage.instructions().size() && at < 0; i++) {
            if (stage.instructions().get(i) == user) {
                at = i;
            }
        }
        return at >= 0 && at + 1 < stage.instructions().size() ? stage.userAt(stage.instructions().get(at + 1))
                : stage.finalUser();
    }
}
