package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.model.UserSpec;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.UserInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * hadolint DL3002, as hadolint checks it: in every stage, builder stages included, the stage's own
 * last USER is root. Off by default: {@code root-user} (DF006) judges the image that ships instead.
 */
@RuleInfo(code = "DF053", name = "last-user-root-in-any-stage", practice = Practice.NON_ROOT_USER,
        severity = Severity.WARNING, enabledByDefault = false,
        summary = "The last USER of a stage, any stage, is root (hadolint-compatible).",
        fix = "End each stage with `USER` of an unprivileged account, or rely on `root-user` (DF006) for the final image.",
        aliases = {"DL3002"})
public final class RootUserInAnyStage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            Optional<UserInstruction> last = lastUser(stage);
            if (last.isEmpty()) {
                continue;
            }
            UserInstruction user = last.get();
            if (isRoot(stage, user)) {
                sink.report(user.range(), "last USER of stage `" + stage.displayName() + "` is root");
            }
        }
    }

    private static Optional<UserInstruction> lastUser(Stage stage) {
        Optional<UserInstruction> last = Optional.empty();
        for (Instruction i : stage.instructions()) {
            if (i instanceof UserInstruction u) {
                last = Optional.of(u);
            }
        }
        return last;
    }

    private static boolean isRoot(Stage stage, UserInstruction user) {
        Optional<UserSpec> spec = UserNotCreated.specOf(stage, user);
        // hadolint reads the text as written; a variable with a known default is judged by it.
        if (spec.isPresent() && spec.get().instruction() == user && spec.get().fullyResolved()) {
            return spec.get().isRoot();
        }
        return isRootText(user.value().text().strip());
    }

    private static boolean isRootText(String text) {
        return text.equals("root") || text.equals("0") || text.startsWith("root:") || text.startsWith("0:");
    }
}
