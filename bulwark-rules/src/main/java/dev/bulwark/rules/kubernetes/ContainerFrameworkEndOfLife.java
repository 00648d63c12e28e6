package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;

import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * A container runs a framework image ({@code pytorch/pytorch:1.13.1-…}, {@code tensorflow/tensorflow:2.4.0-gpu}) of a release its project no longer supports on the run's date.
 */
@RuleInfo(code = "KU054", name = "container-framework-end-of-life", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.INFO,
        summary = "A container image is a PyTorch or TensorFlow release its project no longer supports.",
        fix = "Move to a supported release of the framework (the message names it) and test the model on it.")
public final class ContainerFrameworkEndOfLife implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        ContainerLifecycles.report(ctx, sink, ImageVerdict.FRAMEWORK_ENDED, 0);
    }
}
