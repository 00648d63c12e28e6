package dev.bulwark.rules.compose;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;

import dev.bulwark.rules.SpanSink;

import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * A service pulls an image whose operating system or language runtime is past its end of support on the run's date, as the tag names them (`postgres:13-bullseye`: Debian 11). What {@code base-image-end-of-life} (DF121) says of a FROM.
 */
@RuleInfo(code = "DC053", name = "service-image-end-of-life", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A service image's operating system or language runtime is past its end of support.",
        fix = "Move to a supported release of the same line (the message names the nearest one) and pin it.")
public final class ServiceImageEndOfLife implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        ServiceLifecycles.report(ctx, sink, ImageVerdict.ENDED, 0);
    }
}
