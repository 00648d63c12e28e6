package dev.bulwark.rules.compose;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.Lifecycles;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import java.util.List;

/**
 * A service pulls an image whose operating system or language runtime ends its support within {@code window-days} (90 by default) of the run's date.
 */
@RuleInfo(code = "DC054", name = "service-image-end-of-life-soon", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A service image's operating system or language runtime reaches its end of support soon.",
        fix = "Plan the move to a release supported beyond that date (the message names the nearest one).")
public final class ServiceImageEndOfLifeSoon implements ComposeRule {

    @Override
    public List<RuleOption> options() {
        return List.of(Lifecycles.windowOption());
    }

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        ServiceLifecycles.report(ctx, sink, ImageVerdict.ENDING, ctx.options().integer(Lifecycles.WINDOW));
    }
}
