package dev.bulwark.rules.compose;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;

import dev.bulwark.rules.SpanSink;

import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * A service runs a framework image ({@code pytorch/pytorch:1.13.1-…}, {@code tensorflow/tensorflow:2.4.0-gpu}) of a release its project no longer supports on the run's date.
 */
@RuleInfo(code = "DC056", name = "service-framework-end-of-life", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.INFO,
        summary = "A service image is a PyTorch or TensorFlow release its project no longer supports.",
        fix = "Move to a supported release of the framework (the message names it) and test the model on it.")
public final class ServiceFrameworkEndOfLife implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        ServiceLifecycles.report(ctx, sink, ImageVerdict.FRAMEWORK_ENDED, 0);
    }
}
