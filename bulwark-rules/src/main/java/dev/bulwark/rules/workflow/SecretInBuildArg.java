package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.SecretNames;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Workflow;

/**
 * An image build in a workflow given a secret as a build argument: {@code build-args:} of
 * {@code docker/build-push-action} or {@code --build-arg} of a build command, whose name looks
 * like a credential ({@code HF_TOKEN}, {@code NPM_TOKEN}) or whose value reads
 * {@code ${{ secrets.* }}}.
 */
@RuleInfo(code = "CI006", name = "secret-in-build-arg", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A workflow passes a secret to an image build as a build argument.",
        fix = "Pass it as a build secret (`secrets: |` of build-push-action, `--secret id=…,env=…`) and read it with `RUN --mount=type=secret`.")
public final class SecretInBuildArg implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        for (dev.bulwark.workflow.Activity a : w.activities()) {
            if (!(a instanceof Activity.Build build)) {
                continue;
            }
            for (Activity.BuildArg arg : build.buildArgs()) {
                if (arg.fromSecret()) {
                    sink.report(w.span(arg.range()), "build argument `" + arg.name() + "` is set from a secret");
                } else if (SecretNames.looksSecret(arg.name())) {
                    sink.report(w.span(arg.range()), "build argument `" + arg.name() + "` looks like a credential");
                }
            }
        }
    }
}
