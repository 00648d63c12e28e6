package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports about a value that belongs to a container or pod template, so that a value reached
 * through a YAML anchor shows both where it is written and where it is used (the engine adds
 * "used by …" when {@code at} lies outside the owner).
 */
final class Owned {

    private Owned() {
    }

    /** How findings name a container: "container `app` of Deployment `web`". */
    static String name(Container container) {
        return container.displayName() + " of " + container.template().displayName();
    }

    static void report(SpanSink sink, Span at, String message, Container container) {
        sink.report(at, message, container.span(), name(container));
    }

    static void report(SpanSink sink, Span at, String message, PodTemplate template) {
        sink.report(at, message, template.span(), template.displayName());
    }

    /** A report with related places, plus the owner when {@code at} lies outside it. */
    static void report(SpanSink sink, Span at, String message, Span owner, String ownerName,
                       List<RelatedLocation> related) {
        if (owner.contains(at)) {
            sink.report(at, message, related);
            return;
        }
        List<RelatedLocation> all = new ArrayList<>(related);
        all.add(RelatedLocation.of(owner, "used by " + ownerName));
        sink.report(at, message, all);
    }
}
