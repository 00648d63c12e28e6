package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.Optional;

/**
 * Both {@code wget} and {@code curl} run in the final image's chain: two download tools where one
 * does. Builder stages are not reported; their tools do not ship.
 */
@RuleInfo(code = "DF117", name = "wget-and-curl", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "The final image uses both `wget` and `curl`, where one download tool is enough.",
        fix = "Pick one of `curl` or `wget` and use it everywhere.",
        aliases = {"DL4001"})
public final class WgetAndCurl implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> last = ctx.model().finalStage();
        if (last.isEmpty()) {
            return;
        }
        Optional<SimpleCommand> wget = Optional.empty();
        Optional<SimpleCommand> curl = Optional.empty();
        for (RunInstruction run : StageChain.of(last.get()).instructions(RunInstruction.class)) {
            for (SimpleCommand c : RunCommands.of(ctx.model(), run).commands()) {
                SimpleCommand e = c.effective();
                if (wget.isEmpty() && e.is("wget")) {
                    wget = Optional.of(e);
                } else if (curl.isEmpty() && e.is("curl")) {
                    curl = Optional.of(e);
                }
            }
        }
        if (wget.isPresent() && curl.isPresent()) {
            boolean wgetSecond = wget.get().range().start() > curl.get().range().start();
            SimpleCommand second = wgetSecond ? wget.get() : curl.get();
            sink.report(second.nameRange(), "`" + (wgetSecond ? "wget" : "curl") + "` where `"
                    + (wgetSecond ? "curl" : "wget") + "` is already used");
        }
    }
}
