package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.lifecycle.ImageVerdict;
import java.time.LocalDate;
import java.util.List;

/** Reports an {@link ImageVerdict} on every FROM image, where the image is written (an ARG default once). */
final class FromLifecycles {
    private FromLifecycles() {
    }

    static void report(DockerfileContext ctx, FindingSink sink, ImageVerdict verdict, int windowDays) {
        if (ctx.options().asOf().isEmpty()) {
            return;
        }
        LocalDate day = ctx.options().asOf().get();
        for (FromImages.FromImage from : FromImages.references(ctx.model())) {
            List<String> messages = verdict.messages(from.image(), "image " + from.display(), day, windowDays);
            for (int i = 0; i < messages.size(); i++) {
                sink.report(from.range(), messages.get(i));
            }
        }
    }
}
