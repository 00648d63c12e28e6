package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.HashMap;
import java.util.Map;

/** Two stages with the same name (case-insensitive): `--from` and `--target` reach only one of them. */
@RuleInfo(code = "DF090", name = "duplicate-stage-name", practice = Practice.BUILDKIT,
        severity = Severity.ERROR,
        summary = "Two stages share a name, so references to it reach only one of them.",
        fix = "Give every stage a unique name.",
        aliases = {"DL3024", "DuplicateStageName"})
public final class DuplicateStageName implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Map<String, Stage> seen = new HashMap<>();
        for (Stage stage : ctx.model().stages()) {
            if (stage.name().isEmpty() || stage.from().stageName().isEmpty()) {
                continue;
            }
            Stage first = seen.putIfAbsent(stage.name().get(), stage);
            if (first != null) {
                sink.report(stage.from().stageName().get().range(), "stage name `" + stage.name().get()
                        + "` is already used on line " + first.from().startLine());
            }
        }
    }
}
