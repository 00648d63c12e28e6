package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;

/** {@code ENV NVIDIA_VISIBLE_DEVICES=all} in the final image: every container of it may claim every GPU. */
@RuleInfo(code = "DF025", name = "nvidia-visible-devices-all", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "`NVIDIA_VISIBLE_DEVICES=all` is baked into the image, so containers can see GPUs they were not given.",
        fix = "Remove the ENV; request GPUs at run time (`--gpus`, compose `deploy.resources`, device plugin limits).")
public final class NvidiaVisibleDevicesAll implements DockerfileRule {
    static final String VARIABLE = "NVIDIA_VISIBLE_DEVICES";

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        if (ctx.model().finalStage().isEmpty()) {
            return;
        }
        // Only the final image's chain: an ENV in a builder stage does not reach the runtime image.
        for (EnvInstruction env : StageChain.of(ctx.model().finalStage().get()).instructions(EnvInstruction.class)) {
            for (KeyValue pair : env.pairs()) {
                if (!pair.key().equals(VARIABLE)) {
                    continue;
                }
                String value = ctx.model().expand(env, pair.value()).text().strip().toLowerCase(Locale.ROOT);
                if (value.equals("all")) {
                    sink.report(pair.range(), "`" + VARIABLE + "=all` baked into the image");
                }
            }
        }
    }
}
