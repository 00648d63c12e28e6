package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import dev.bulwark.rules.lifecycle.Lifecycles;
import java.util.List;

/**
 * A container runs an image whose operating system or language runtime ends its support within {@code window-days} (90 by default) of the run's date.
 */
@RuleInfo(code = "KU052", name = "container-image-end-of-life-soon", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A container image's operating system or language runtime reaches its end of support soon.",
        fix = "Plan the move to a release supported beyond that date (the message names the nearest one).")
public final class ContainerImageEndOfLifeSoon implements KubernetesRule {

    @Override
    public List<RuleOption> options() {
        return List.of(Lifecycles.windowOption());
    }

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        ContainerLifecycles.report(ctx, sink, ImageVerdict.ENDING, ctx.options().integer(Lifecycles.WINDOW));
    }
}
