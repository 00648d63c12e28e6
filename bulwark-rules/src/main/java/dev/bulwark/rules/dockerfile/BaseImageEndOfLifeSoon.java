package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.lifecycle.Lifecycles;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import java.util.List;

/**
 * FROM an image whose operating system or language runtime is still supported on the run's date
 * but ends within {@code window-days} (90 by default): time to plan the move before
 * {@link BaseImageEndOfLife} reports it.
 */
@RuleInfo(code = "DF122", name = "base-image-end-of-life-soon", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A FROM image's operating system or language runtime reaches its end of support soon.",
        fix = "Plan the move to a release supported beyond that date (the message names the nearest one).")
public final class BaseImageEndOfLifeSoon implements DockerfileRule {

    @Override
    public List<RuleOption> options() {
        return List.of(Lifecycles.windowOption());
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        FromLifecycles.report(ctx, sink, ImageVerdict.ENDING, ctx.options().integer(Lifecycles.WINDOW));
    }
}
