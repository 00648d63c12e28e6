package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.PortMapping;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.ml.MlCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A back-end published on every interface of the host: an image whose role {@link KnownImages}
 * knows to be internal ({@link ServiceRole#isInternal()}: databases, caches, brokers, vector stores,
 * search engines, object stores, Jupyter, MLflow, Ray), or a command that starts Jupyter,
 * TensorBoard, an MLflow server or a Ray head. A port without a host address, or with
 * {@code 0.0.0.0} or {@code ::}, is reachable from every network the host is on, and Docker's
 * port publishing bypasses host firewalls such as ufw. {@code 127.0.0.1:5432:5432} and
 * {@code expose} are fine. For Ray only its own ports (GCS 6379, dashboard and job API 8265,
 * client 10001) are judged: a Ray Serve application port is meant to be reached.
 */
@RuleInfo(code = "DC030", name = "internal-service-published", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A database, cache, broker, vector store or ML tool UI is published on all host interfaces.",
        fix = "Drop the `ports` entry (services reach it by name on the Compose network), or bind it to loopback: `127.0.0.1:5432:5432`.")
public final class InternalServicePublished implements ComposeRule {
    private static final Set<Integer> RAY_PORTS = Set.of(6379, 8265, 10001);

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<String> what = internal(service);
            if (what.isEmpty()) {
                continue;
            }
            boolean ray = what.get().startsWith("Ray ");
            List<Span> reported = new ArrayList<>();
            for (PortMapping port : service.ports()) {
                if (port.isUnresolved() || !port.bindsAllInterfaces() || reported.contains(port.span())) {
                    continue;
                }
                OptionalInt target = port.target();
                if (ray && (target.isEmpty() || !RAY_PORTS.contains(target.getAsInt()))) {
                    continue;
                }
                reported.add(port.span());
                ServiceFindings.report(sink, service, port.span(),
                        what.get() + " of service `" + service.name() + "` is published on all interfaces: `"
                                + display(port) + "`");
            }
        }
    }

    /** What the service is, for the message ("database `postgres:16.6`", "Jupyter server"); empty when not internal. */
    private static Optional<String> internal(Service service) {
        Optional<KnownImages.Known> known = ServiceImages.known(service);
        if (known.isPresent() && known.get().role().isInternal()) {
            String role = known.get().role() == ServiceRole.RAY_CLUSTER ? "Ray node" : known.get().role().description();
            return Optional.of(role + " " + ServiceImages.display(service));
        }
        for (List<String> argv : ServiceCommands.invocations(service)) {
            Optional<String> tool = MlCommands.toolServer(argv);
            if (tool.isPresent()) {
                return tool;
            }
        }
        return Optional.empty();
    }

    private static String display(PortMapping port) {
        if (port.node() instanceof ComposeScalar s) {
            return s.value().strip();
        }
        String target = port.target().isPresent() ? Integer.toString(port.target().getAsInt()) : "?";
        String host = port.hostIp().isEmpty() ? "" : port.hostIp() + ":";
        return host + (port.published().isEmpty() ? "" : port.published() + ":") + target;
    }
}
