package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.AndOrList;
import dev.bulwark.shell.Pipeline;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN that starts by changing into an absolute directory ({@code RUN cd /app && make}), which
 * WORKDIR says once for every later instruction. A {@code cd} in the middle of a RUN (into a
 * freshly cloned or unpacked tree, or in a subshell) is a local step and is not reported.
 */
@RuleInfo(code = "DF110", name = "cd-instead-of-workdir", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A RUN starts with `cd` into an absolute directory, where WORKDIR would say it once.",
        fix = "Set `WORKDIR /dir` before the RUN and drop the leading `cd`.",
        aliases = {"DL3003"})
public final class CdInsteadOfWorkdir implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof RunInstruction run)) {
                continue;
            }
            Optional<ShellScript> script = ctx.model().script(run);
            if (script.isEmpty()) {
                continue;
            }
            Optional<SimpleCommand> leading = leadingCommand(script.get());
            if (leading.isEmpty() || !leading.get().is("cd")) {
                continue;
            }
            SimpleCommand cd = leading.get();
            List<Word> dirs = cd.positionals(Set.of());
            Optional<String> path = dirs.isEmpty() ? Optional.empty() : dirs.get(0).literal();
            if (path.isPresent() && isPlainDirectory(path.get())) {
                sink.report(cd.range(), "`cd " + path.get() + "` at the start of RUN");
            }
        }
    }

    // An absolute, literal directory other than `/` (a clone target) and the temporary directories.
    private static boolean isPlainDirectory(String path) {
        return path.startsWith("/") && !path.equals("/") && !path.startsWith("/tmp") && !hasGlob(path);
    }

    private static boolean hasGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /** The first top-level command after any leading {@code set} options. */
    private static Optional<SimpleCommand> leadingCommand(ShellScript script) {
        for (AndOrList list : script.body().items()) {
            for (Pipeline pipeline : list.pipelines()) {
                if (pipeline.commands().size() != 1 || !(pipeline.commands().get(0) instanceof SimpleCommand c)) {
                    return Optional.empty();
                }
                if (!c.is("set")) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
