package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code FROM --platform=linux/amd64}: a constant platform defeats multi-platform builds and
 * emulates on other hosts. A stage whose name says its platform ({@code AS build-arm64}) is a
 * deliberate per-platform stage and is not reported, as BuildKit.
 */
@RuleInfo(code = "DF100", name = "constant-from-platform", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "FROM pins `--platform` to a constant, which breaks multi-platform builds.",
        fix = "Use `--platform=$BUILDPLATFORM` for build stages, or drop the flag.",
        aliases = {"DL3029", "FromPlatformFlagConstDisallowed"})
public final class ConstantFromPlatform implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            // Not Optional.stream(): the JDK's stream code links lambdas, which a cold start pays for.
            Optional<Flag> platform = stage.from().platform();
            if (platform.isEmpty()) {
                continue;
            }
            String value = platform.get().valueOrEmpty();
            if (value.isEmpty() || value.contains("$")) {
                continue;
            }
            String name = stage.name().orElse("");
            boolean named = false;
            for (String part : value.toLowerCase(Locale.ROOT).split("/")) {
                named |= !part.isEmpty() && name.contains(part);
            }
            if (!named) {
                sink.report(platform.get().range(), "`--platform=" + value + "` is a constant");
            }
        }
    }
}
