package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.BaseImageTools;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.dockerfile.syntax.ShellInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shell-form {@code HEALTHCHECK CMD …} (run as {@code /bin/sh -c}) in an image with no shell:
 * {@code scratch}, distroless (not {@code :debug}), shell-less Chainguard images, with no shell
 * copied in and no SHELL instruction.
 */
@RuleInfo(code = "DF081", name = "healthcheck-shell-form-without-shell", practice = Practice.HEALTH_MONITORING,
        severity = Severity.ERROR,
        summary = "A shell-form HEALTHCHECK in an image that has no `/bin/sh`, so the check can never run.",
        fix = "Use the exec form, `HEALTHCHECK CMD [\"/app/healthcheck\"]`, with a binary the image contains.")
public final class HealthcheckShellFormWithoutShell implements DockerfileRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "busybox");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<HealthcheckInstruction> healthcheck = HealthchecksInChain.effective(ctx);
        if (healthcheck.isEmpty() || !(healthcheck.get().command().get() instanceof ShellForm)) {
            return;
        }
        StageChain chain = StageChain.of(ctx.model().finalStage().get());
        Stage root = chain.stages().get(0);
        if (!BaseImageTools.hasNoShell(root.base()) || addsShell(chain)) {
            return;
        }
        String image = root.base() instanceof ImageBase ib ? ib.resolvedText() : "scratch";
        sink.report(healthcheck.get().range(), "shell-form HEALTHCHECK, but `" + image + "` has no shell");
    }

    private static boolean addsShell(StageChain chain) {
        for (Instruction instruction : chain.instructions()) {
            if (instruction instanceof ShellInstruction) {
                return true;
            }
            List<Word> words = instruction instanceof CopyInstruction c ? c.sources()
                    : instruction instanceof AddInstruction a ? a.sources() : List.of();
            Optional<Word> dest = instruction instanceof CopyInstruction c ? c.destination()
                    : instruction instanceof AddInstruction a ? a.destination() : Optional.empty();
            for (Word source : words) {
                if (isShellPath(source)) {
                    return true;
                }
            }
            if (dest.isPresent() && isShellPath(dest.get())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShellPath(Word path) {
        return SHELLS.contains(baseName(path.text())) || path.text().startsWith("/bin");
    }

    private static String baseName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
