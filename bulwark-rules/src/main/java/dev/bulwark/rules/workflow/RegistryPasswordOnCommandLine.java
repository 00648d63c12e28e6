package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Workflow;
import java.util.List;

/**
 * {@code docker login -p}/{@code --password} (also podman, buildah, nerdctl) in a workflow script:
 * the password is an argument, visible in the process list of the runner and in logs of shells
 * that trace commands; the docker CLI itself warns against it.
 */
@RuleInfo(code = "CI011", name = "registry-password-on-command-line", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "A workflow logs in to a registry with the password on the command line.",
        fix = "Pipe it in: `echo \"$TOKEN\" | docker login -u USER --password-stdin REGISTRY`, or use `docker/login-action`.")
public final class RegistryPasswordOnCommandLine implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        for (Activity a : w.activities()) {
            if (a instanceof Activity.Login login && login.password().isPresent()) {
                TextRange at = login.password().get();
                String written = w.source().slice(at);
                String message = "`" + login.command() + "` with the password on the command line";
                if (written.contains("$")) {
                    sink.report(w.span(at), message);
                } else {
                    sink.reportSecret(w.span(at), message, List.of(at));
                }
            }
        }
    }
}
