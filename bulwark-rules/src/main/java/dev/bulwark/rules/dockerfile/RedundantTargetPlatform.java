package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Set;

/** {@code FROM --platform=$TARGETPLATFORM}: the target platform is what FROM uses anyway. */
@RuleInfo(code = "DF099", name = "redundant-target-platform", practice = Practice.BUILDKIT,
        severity = Severity.INFO,
        summary = "`FROM --platform=$TARGETPLATFORM` repeats the default.",
        fix = "Remove the `--platform` flag.",
        aliases = {"RedundantTargetPlatform"})
public final class RedundantTargetPlatform implements DockerfileRule {
    private static final Set<String> TARGET = Set.of("$TARGETPLATFORM", "${TARGETPLATFORM}");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            for (Flag platform : stage.from().platform().stream().toList()) {
                if (TARGET.contains(platform.valueOrEmpty().trim())) {
                    sink.report(platform.range(), "`--platform=" + platform.valueOrEmpty() + "` is the default");
                }
            }
        }
    }
}
