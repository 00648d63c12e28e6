package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * {@code RUN --security=insecure} (spec 1.8): the command runs without the sandbox, like a
 * {@code --privileged} container, with full access to the build host's kernel.
 */
@RuleInfo(code = "DF060", name = "run-security-insecure", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A RUN uses `--security=insecure` and runs privileged on the build host.",
        fix = "Drop `--security=insecure`; do privileged setup at runtime with the narrowest capability instead.")
public final class InsecureRunSecurity implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (instruction instanceof RunInstruction run) {
                Optional<Flag> security = run.flag("security");
                if (security.isPresent() && security.get().valueOrEmpty().equals("insecure")) {
                    sink.report(security.get().range(), "`RUN --security=insecure` runs privileged");
                }
            }
        }
    }
}
