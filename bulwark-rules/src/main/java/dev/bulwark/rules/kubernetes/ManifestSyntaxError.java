package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;

/**
 * A Kubernetes manifest that {@code kubectl apply} would refuse before the API server sees it:
 * YAML that does not parse, a document that is not an object, an object without {@code apiVersion}
 * or {@code kind}, a field of the wrong shape where the API leaves no doubt. The engine reports the
 * parser's and the model's problems under this code.
 */
@RuleInfo(code = "KU001", name = "manifest-syntax-error", practice = Practice.SYNTAX,
        severity = Severity.ERROR,
        summary = "The Kubernetes manifest is not valid YAML or not a valid object.",
        fix = "Correct the manifest as the message says; `kubectl apply --dry-run=client -f FILE` shows the same error.")
public final class ManifestSyntaxError implements EngineDiagnostic {
}
