package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/** A stage named {@code scratch} or {@code context}, names BuildKit gives another meaning (spec 1.11). */
@RuleInfo(code = "DF091", name = "reserved-stage-name", practice = Practice.BUILDKIT,
        severity = Severity.ERROR,
        summary = "A stage is named `scratch` or `context`, names that already mean something else.",
        fix = "Rename the stage.",
        aliases = {"ReservedStageName"})
public final class ReservedStageName implements DockerfileRule {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            if (stage.name().isPresent() && RESERVED.contains(stage.name().get())
                    && stage.from().stageName().isPresent()) {
                sink.report(stage.from().stageName().get().range(), "stage name `" + stage.name().get() + "` is reserved");
            }
        }
    }
}
