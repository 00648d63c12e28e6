package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Span;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings about a value that several services may share: a base service's {@code image} that its
 * {@code extends} children inherit, an anchored block merged into many services. The value is
 * written once, so it is reported once, at the value, in the words of the service that writes it
 * (or the first service using it when an anchor outside services holds it), naming every other
 * service that uses it: one edit fixes them all.
 */
final class SharedValueFindings {
    private final Map<String, Shared> byValue = new LinkedHashMap<>();

    private static final class Shared {
        final Span at;
        Service writer;
        String message;
        final List<Service> users = new ArrayList<>();

        Shared(Span at) {
            this.at = at;
        }
    }

    /** Adds the finding {@code message} about {@code service}'s value at {@code at}. */
    void add(Service service, Span at, String message) {
        String key = at.source().path() + ':' + at.range().start() + ':' + at.range().end();
        Shared shared = byValue.get(key);
        if (shared == null) {
            shared = new Shared(at);
            byValue.put(key, shared);
        }
        if (shared.writer == null && service.isOwnSpan(at)) {
            shared.writer = service;
            shared.message = message;
        } else {
            shared.users.add(service);
            if (shared.message == null) {
                shared.message = message;
            }
        }
    }

    void reportTo(SpanSink sink) {
        for (Shared shared : byValue.values()) {
            if (shared.writer != null && shared.users.isEmpty()) {
                sink.report(shared.at, shared.message);
                continue;
            }
            List<RelatedLocation> related = new ArrayList<>(shared.users.size());
            for (Service user : shared.users) {
                related.add(RelatedLocation.of(user.nameSpan(), "used by service `" + user.name() + "`"));
            }
            sink.report(shared.at, shared.message, related);
        }
    }
}
