package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.BaseImageTools;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.List;
import java.util.Optional;

/**
 * The image's HEALTHCHECK calls {@code curl} or {@code wget}, but the base image is known not to
 * contain it (slim, alpine without curl, debian, ubuntu, distroless, scratch) and no stage of the
 * final chain installs or copies it in. The check then fails forever and the container is
 * reported unhealthy.
 */
@RuleInfo(code = "DF080", name = "healthcheck-tool-missing", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "The HEALTHCHECK calls `curl` or `wget`, which the image does not contain.",
        fix = "Install the tool in the final stage, or probe with what the image has (`python -c \"import urllib.request…\"`).")
public final class HealthcheckToolMissing implements DockerfileRule {
    private static final List<String> TOOLS = List.of("curl", "wget");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<HealthcheckInstruction> healthcheck = HealthchecksInChain.effective(ctx);
        if (healthcheck.isEmpty()) {
            return;
        }
        StageChain chain = StageChain.of(ctx.model().finalStage().get());
        Stage root = chain.stages().get(0);
        for (Invocations.Invocation inv : Invocations.ofHealthcheck(ctx.model(), healthcheck.get())) {
            String tool = inv.program();
            if (!TOOLS.contains(tool)) {
                continue;
            }
            if (BaseImageTools.has(root.base(), tool).orElse(true) || provided(ctx.model(), chain, tool)) {
                return;
            }
            String image = root.base() instanceof ImageBase ib ? ib.resolvedText() : "scratch";
            sink.report(inv.range(), "`" + tool + "` is not in `" + image + "`");
            return;
        }
    }

    /** Whether a stage of the chain installs, copies or already uses the tool. */
    static boolean provided(DockerfileModel model, StageChain chain, String tool) {
        for (Instruction instruction : chain.instructions()) {
            if (instruction instanceof RunInstruction run) {
                for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                    if (command.effective().is(tool) || installs(command, tool)) {
                        return true;
                    }
                }
            } else if (instruction instanceof CopyInstruction copy && copies(copy.sources(), copy.destination(), tool)
                    || instruction instanceof AddInstruction add && copies(add.sources(), add.destination(), tool)) {
                return true;
            }
        }
        return false;
    }

    private static boolean installs(SimpleCommand command, String tool) {
        SimpleCommand c = command.effective();
        if (c.is("conda", "mamba", "micromamba", "pip", "pip3") && c.hasArgument("install")) {
            return hasPackageArgument(c, tool);
        }
        Optional<PackageManagerCommand> install = PackageManagerCommand.of(command);
        if (install.isEmpty() || !install.get().installs()) {
            return false;
        }
        // `$PACKAGES` might hold it: an install with an unknown list is given the benefit of the doubt.
        boolean unknownList = hasExpandedArgument(c);
        return unknownList || installsPackage(install.get(), tool);
    }

    private static boolean hasPackageArgument(SimpleCommand c, String tool) {
        for (dev.bulwark.shell.Word w : c.arguments()) {
            if (isPackage(w.value(), tool)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasExpandedArgument(SimpleCommand c) {
        for (dev.bulwark.shell.Word w : c.arguments()) {
            if (w.hasExpansion()) {
                return true;
            }
        }
        return false;
    }

    private static boolean installsPackage(PackageManagerCommand install, String tool) {
        for (PackageManagerCommand.Package p : install.packages()) {
            if (isPackage(p.word().value(), tool)) {
                return true;
            }
        }
        return false;
    }

    // `curl`, `curl=8.5.0-2`, `curl-minimal`, `wget~1.21`.
    private static boolean isPackage(String word, String tool) {
        return word.equals(tool) || word.startsWith(tool + "=") || word.startsWith(tool + "~")
                || word.startsWith(tool + "-") || word.startsWith(tool + ">") || word.startsWith(tool + "<");
    }

    private static boolean copies(List<Word> sources, Optional<Word> destination, String tool) {
        for (Word source : sources) {
            if (baseName(source.text()).equals(tool)) {
                return true;
            }
        }
        return destination.isPresent() && baseName(destination.get().text()).equals(tool);
    }

    private static String baseName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
