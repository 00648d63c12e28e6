package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * The final image is built on a compiler or SDK image ({@code golang}, {@code rust}, {@code gcc},
 * {@code maven}, {@code gradle}, {@code dotnet/sdk}) and starts an application: the toolchain
 * ships with it.
 */
@RuleInfo(code = "DF019", name = "toolchain-image-in-final-stage", practice = Practice.MINIMAL_BASE_IMAGE,
        severity = Severity.WARNING,
        summary = "The final stage runs an application on a compiler or SDK image.",
        fix = "Build in a toolchain stage and copy the binary or package into a runtime image (distroless, JRE, aspnet).")
public final class ToolchainImageInFinalStage implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> last = ctx.model().finalStage();
        if (last.isEmpty()) {
            return;
        }
        StageChain chain = StageChain.of(last.get());
        // A build, CI or development environment is where the toolchain is the point.
        if (!ShippedImage.of(ctx.model()).runsApplication()) {
            return;
        }
        Stage root = chain.stages().get(0);
        for (FromImages.FromImage from : FromImages.of(ctx.model())) {
            if (from.stage() == root && ToolchainImages.runtimeAdvice(from.image()).isPresent()) {
                sink.report(from.range(), from.display() + " is a toolchain image in the final stage");
            }
        }
    }
}
