package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;

/** A stage name with upper-case letters: BuildKit lower-cases it, so the name as written is not the name. */
@RuleInfo(code = "DF086", name = "stage-name-casing", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "A stage name has upper-case letters, which BuildKit silently lower-cases.",
        fix = "Write the stage name in lower case, and the same in every `--from` and `--target`.",
        aliases = {"StageNameCasing"})
public final class StageNameCasing implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            if (stage.from().stageName().isEmpty()) {
                continue;
            }
            Word name = stage.from().stageName().get();
            if (!name.text().equals(name.text().toLowerCase(Locale.ROOT))) {
                sink.report(name.range(), "stage name `" + name.text() + "` is not lower case");
            }
        }
    }
}
