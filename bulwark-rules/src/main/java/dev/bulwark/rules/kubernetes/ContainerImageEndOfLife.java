package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;

import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * A container runs an image whose operating system or language runtime is past its end of support on the run's date, as the tag names them, also where a kustomization sets the tag. What {@code base-image-end-of-life} (DF121) says of a FROM.
 */
@RuleInfo(code = "KU051", name = "container-image-end-of-life", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A container image's operating system or language runtime is past its end of support.",
        fix = "Move to a supported release of the same line (the message names the nearest one) and pin it.")
public final class ContainerImageEndOfLife implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        ContainerLifecycles.report(ctx, sink, ImageVerdict.ENDED, 0);
    }
}
