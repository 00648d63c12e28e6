package dev.bulwark.rules.kubernetes;

import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports an {@link ImageVerdict} on every judged container image of a manifest file, and on the
 * tags a kustomization's {@code images:} entries set (see {@link ContainerImages}).
 */
final class ContainerLifecycles {
    private ContainerLifecycles() {
    }

    static void report(KubernetesContext ctx, SpanSink sink, ImageVerdict verdict, int windowDays) {
        if (ctx.options().asOf().isEmpty()) {
            return;
        }
        LocalDate day = ctx.options().asOf().get();
        for (ContainerImages.Judged judged : ContainerImages.judgedIn(ctx.file(), ctx.set())) {
            List<String> messages = verdict.messages(judged.image(), "image " + judged.display() + " of "
                    + judged.ownerName(), day, windowDays);
            for (String message : messages) {
                sink.report(judged.field().valueSpan(), message, judged.container().span(), judged.ownerName());
            }
        }
        for (ContainerImages.OverrideTag override : ContainerImages.kustomizeTagsIn(ctx.file())) {
            for (String message : verdict.messages(override.image(), "kustomize image " + override.display(), day,
                    windowDays)) {
                sink.report(override.at().valueSpan(), message);
            }
        }
    }
}
