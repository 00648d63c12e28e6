package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.Set;

/** {@code wget} without {@code --progress} or a quieter output mode: a large download floods the build log. */
@RuleInfo(code = "DF044", name = "wget-without-progress", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "`wget` without `--progress` or `-q` prints thousands of progress lines into the build log.",
        fix = "Add `--progress=dot:giga`, `-nv` or `-q`.",
        aliases = {"DL3047"})
public final class WgetWithoutProgress implements DockerfileRule {
    private static final Set<String> VALUES = Set.of("-O", "--output-document", "-o", "--output-file", "-a",
            "--append-output", "-P", "--directory-prefix", "-U", "--user-agent", "--header", "-t", "--tries", "-T",
            "--timeout", "-e", "--execute", "-i", "--input-file", "--user", "--password", "--post-data");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                SimpleCommand c = command.effective();
                if (!c.is("wget") || c.arguments().isEmpty() || quiet(c)) {
                    continue;
                }
                sink.report(c.nameRange(), "`wget` without `--progress`");
            }
        }
    }

    private static boolean quiet(SimpleCommand c) {
        return c.hasArgument("-nv") || c.hasFlag(VALUES, "--progress", "-q", "--quiet", "--no-verbose", "-o",
                "--output-file", "-a", "--append-output", "--version", "-V", "--help", "-h");
    }
}
