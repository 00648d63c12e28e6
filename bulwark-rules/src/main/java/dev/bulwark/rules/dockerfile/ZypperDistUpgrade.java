package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;

/** {@code zypper dist-upgrade} in a build: it may move the image to another distribution release. */
@RuleInfo(code = "DF037", name = "zypper-dist-upgrade", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "`zypper dist-upgrade` in a build can switch the image to a different distribution release.",
        fix = "Pin a newer base image tag instead, or use `zypper patch` for security updates.",
        aliases = {"DL3035"})
public final class ZypperDistUpgrade implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (PackageManagerCommand p : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                if (p.program().equals("zypper") && p.subcommand().equals("dist-upgrade")) {
                    sink.report(p.range(), "`" + p.display() + "` in the build");
                }
            }
        }
    }
}
