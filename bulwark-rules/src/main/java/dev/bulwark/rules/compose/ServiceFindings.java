package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Span;
import dev.bulwark.rules.SpanSink;
import java.util.List;

/**
 * Reports a finding about a service's value where the value is. When the value is not in the
 * service's own definitions (it came through a YAML anchor defined elsewhere or through
 * {@code extends}), the finding also names the service, so both places show (issue 7: "a finding
 * that comes through an anchor or extends names both places").
 */
public final class ServiceFindings {
    private ServiceFindings() {
    }

    public static void report(SpanSink sink, Service service, Span at, String message) {
        if (service.isOwnSpan(at)) {
            sink.report(at, message);
        } else {
            sink.report(at, message, List.of(RelatedLocation.of(service.nameSpan(),
                    "used by service `" + service.name() + "`")));
        }
    }
}
