package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.lifecycle.ImageVerdict;

/**
 * FROM an image whose operating system or language runtime is past its end of support on the
 * run's date, as its tag names them ({@code python:3.8-slim-buster}: Python 3.8 and Debian 10).
 * An exact pin passes every pinning rule and still gets no security fixes. The date is the run's
 * ({@code --as-of}), never the clock's; the releases and their dates come from the end-of-life
 * table ({@code lifecycle/end-of-life.tsv}).
 */
@RuleInfo(code = "DF121", name = "base-image-end-of-life", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A FROM image's operating system or language runtime is past its end of support.",
        fix = "Move to a supported release of the same line (the message names the nearest one) and pin it.")
public final class BaseImageEndOfLife implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        FromLifecycles.report(ctx, sink, ImageVerdict.ENDED, 0);
    }
}
