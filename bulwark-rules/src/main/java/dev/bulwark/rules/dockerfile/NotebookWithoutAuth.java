package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
import java.util.Optional;

/**
 * The shipped image starts a Jupyter server with an empty token ({@code --ServerApp.token=''},
 * {@code --NotebookApp.token=}, {@code --IdentityProvider.token=''}) or writes that setting into
 * its Jupyter config: with no password either, anyone who reaches the port runs code.
 */
@RuleInfo(code = "DF057", name = "notebook-without-auth", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A Jupyter server is started with an empty token (no authentication).",
        fix = "Keep Jupyter's generated token, or pass one at runtime (`JUPYTER_TOKEN` from a secret); never an empty one.")
public final class NotebookWithoutAuth implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        List<Invocations.Invocation> started = NotebookServers.startedBy(ctx.model(), finalStage.get());
        for (Invocations.Invocation inv : started) {
            Optional<NotebookServers.Setting> token = NotebookServers.option(inv, "token");
            Optional<NotebookServers.Setting> password = NotebookServers.option(inv, "password");
            if (token.isPresent() && token.get().text().isEmpty()
                    && (password.isEmpty() || password.get().text().isEmpty())) {
                sink.report(token.get().range(), "Jupyter started with an empty token");
            }
        }
        for (NotebookServers.Setting line : NotebookServers.configLines(ctx.model(), finalStage.get(), "token")) {
            if (!line.text().endsWith("True")) {
                sink.report(line.range(), "`" + line.text() + "` turns off Jupyter's token");
            }
        }
    }
}
