package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The HEALTHCHECK of a model server has no {@code --start-period}: loading weights takes minutes,
 * and with Docker's defaults (30 s interval, 3 retries, no start period) the container is marked
 * unhealthy before the model is ready.
 */
@RuleInfo(code = "DF083", name = "healthcheck-without-start-period", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A model server's HEALTHCHECK has no `--start-period` to cover model loading.",
        fix = "Add `--start-period` longer than the model's load time, with explicit `--interval` and `--timeout`.")
public final class HealthcheckWithoutStartPeriod implements DockerfileRule {
    // Servers that load a model before they answer (ServerCommands descriptions).
    private static final Set<String> MODEL_SERVERS = Set.of("torchserve", "tritonserver", "text-generation-launcher",
            "tgi-server", "vllm serve", "ollama serve", "lmdeploy serve", "bentoml serve", "mlflow models",
            "python -m sglang.launch_server", "python -m text_generation_server");
    // Images whose entrypoint is a model server.
    private static final List<String> MODEL_SERVER_IMAGES = List.of("vllm/vllm-openai", "nvcr.io/nvidia/tritonserver",
            "pytorch/torchserve", "ghcr.io/huggingface/text-generation-inference", "ollama/ollama",
            "lmsysorg/sglang", "openmmlab/lmdeploy");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<HealthcheckInstruction> healthcheck = HealthchecksInChain.effective(ctx);
        if (healthcheck.isEmpty() || healthcheck.get().flag("start-period").isPresent()) {
            return;
        }
        StageChain chain = StageChain.of(ctx.model().finalStage().get());
        Optional<String> server = modelServer(ctx, chain);
        if (server.isPresent()) {
            sink.report(healthcheck.get().keywordRange(), "HEALTHCHECK of `" + server.get() + "` without `--start-period`");
        }
    }

    private static Optional<String> modelServer(DockerfileContext ctx, StageChain chain) {
        for (Instruction start : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.of(ctx.model(), start)) {
                Optional<String> server = ServerCommands.describe(inv.argv());
                if (server.isPresent() && (MODEL_SERVERS.contains(server.get())
                        || server.get().startsWith("python -m vllm."))) {
                    return server;
                }
            }
        }
        if (chain.stages().get(0).base() instanceof ImageBase base && base.ref() instanceof ImageName image) {
            String name = image.familiarName();
            if (MODEL_SERVER_IMAGES.contains(name)) {
                return Optional.of(image.familiar());
            }
        }
        return Optional.empty();
    }
}
