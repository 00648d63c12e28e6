package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * A workflow the CI service would refuse: YAML that does not parse, a job that is not a mapping,
 * steps that are not a list. The engine reports the parser's and the model's problems under this code.
 */
@RuleInfo(code = "CI001", name = "workflow-syntax-error", practice = Practice.SYNTAX,
        severity = Severity.ERROR,
        summary = "The CI workflow is not valid YAML or not a valid workflow.",
        fix = "Correct the workflow as the message says; GitHub shows the same error on the Actions tab, GitLab's pipeline editor validates `.gitlab-ci.yml`.")
public final class WorkflowSyntaxError implements EngineDiagnostic {
}
