package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Optional;

/**
 * The shipped image starts Jupyter with {@code --allow-root} (or sets {@code allow_root = True}):
 * the notebook kernels, and so every cell a user runs, execute as root in the container.
 */
@RuleInfo(code = "DF058", name = "notebook-allow-root", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A Jupyter server is started as root with `--allow-root`.",
        fix = "Create an unprivileged user, switch to it with `USER`, and drop `--allow-root`.")
public final class NotebookAllowRoot implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        for (Invocations.Invocation inv : NotebookServers.startedBy(ctx.model(), finalStage.get())) {
            int flag = inv.argv().indexOf("--allow-root");
            Optional<NotebookServers.Setting> option = NotebookServers.option(inv, "allow_root");
            if (flag >= 0) {
                sink.report(inv.argRange(flag), "Jupyter started with `--allow-root`");
            } else if (option.isPresent() && option.get().text().equalsIgnoreCase("true")) {
                sink.report(option.get().range(), "Jupyter started with `--allow-root`");
            }
        }
        for (NotebookServers.Setting line : NotebookServers.configLines(ctx.model(), finalStage.get(), "allow_root")) {
            if (line.text().endsWith("True")) {
                sink.report(line.range(), "`" + line.text() + "` lets Jupyter run as root");
            }
        }
    }
}
