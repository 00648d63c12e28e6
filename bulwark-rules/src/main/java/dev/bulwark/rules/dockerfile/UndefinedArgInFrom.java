package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * A FROM image or {@code --platform} naming a variable that is not a global ARG or a predefined
 * platform ARG: FROM only sees ARGs declared before the first FROM (spec 1.10).
 */
@RuleInfo(code = "DF094", name = "undefined-arg-in-from", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "FROM uses a variable that is not declared as a global ARG before the first FROM.",
        fix = "Declare the variable with `ARG NAME=default` before the first FROM.",
        aliases = {"UndefinedArgInFrom"})
public final class UndefinedArgInFrom implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            FromInstruction from = stage.from();
            Set<String> names = Variables.undeclared(ctx.model(), from, from.image().text());
            if (!names.isEmpty()) {
                sink.report(from.image().range(), "`" + names.iterator().next() + "` is not a global ARG");
                continue;
            }
            // Not Optional.stream(): the JDK's stream code links lambdas, which a cold start pays for.
            Optional<Flag> platform = from.platform();
            if (platform.isPresent()) {
                Set<String> p = Variables.undeclared(ctx.model(), from, platform.get().valueOrEmpty());
                if (!p.isEmpty()) {
                    sink.report(platform.get().range(), "`" + p.iterator().next() + "` is not a global ARG");
                }
            }
        }
    }
}
