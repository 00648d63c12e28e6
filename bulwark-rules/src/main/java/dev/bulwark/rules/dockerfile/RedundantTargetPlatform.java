package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;
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
            // Not Optional.stream(): the JDK's stream code links lambdas, which a cold start pays for.
            Optional<Flag> platform = stage.from().platform();
            if (platform.isPresent() && TARGET.contains(platform.get().valueOrEmpty().trim())) {
                sink.report(platform.get().range(), "`--platform=" + platform.get().valueOrEmpty() + "` is the default");
            }
        }
    }
}
