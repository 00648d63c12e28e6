package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.compose.ComposeMapping;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.PortMapping;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.project.ScrapeTarget;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.images.SupportImages;
import dev.bulwark.rules.ml.MlCommands;
import dev.bulwark.rules.ml.ServerMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A serving service (it publishes or exposes ports, or runs a model server) whose metrics nothing
 * collects: no job of a Prometheus configuration of its repository targets it (by service name,
 * {@code container_name}, {@code hostname}, or a published port on {@code localhost}), no
 * Prometheus label for Docker service discovery, no OpenTelemetry exporter or Prometheus
 * multiprocess directory in its environment, no port named for metrics. A model server whose
 * metrics are on by default ({@link ServerMetrics}) exposes them when they are reachable: on its
 * serving port, or on its metrics port when the service publishes or exposes it. Data stores,
 * brokers, tool UIs, user-interface frontends (by name), documentation sites, proxies and the
 * monitoring stack are not judged. Development and test stacks
 * are not judged for health monitoring (the engine's setups).
 */
@RuleInfo(code = "DC057", name = "service-without-metrics", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A serving service exposes no metrics that anything collects.",
        fix = "Serve Prometheus metrics (`/metrics`) and add a scrape job for the service to the Prometheus configuration, or set an OpenTelemetry exporter (`OTEL_EXPORTER_OTLP_ENDPOINT`).")
public final class ServiceWithoutMetrics implements ComposeRule {
    private static final Set<String> THIS_HOST = Set.of("localhost", "127.0.0.1", "0.0.0.0", "host.docker.internal",
            "[::1]");

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            if (!Completeness.isWhole(ctx, service)) {
                continue;
            }
            Optional<ImageName> pulled = ServiceImages.pulled(service);
            boolean modelServerImage = false;
            if (pulled.isPresent()) {
                Optional<ServiceRole> role = KnownImages.role(pulled.get());
                if (role.isPresent() && role.get() != ServiceRole.MODEL_SERVER || SupportImages.isSupport(pulled.get())) {
                    continue;
                }
                modelServerImage = role.isPresent();
            }
            if (ServiceCommands.isInteractiveShell(service) || runsToolOrConfiguresMetrics(service)
                    || isFrontend(service)) {
                continue;
            }
            Optional<ServerMetrics.Endpoint> endpoint = endpoint(service);
            boolean serves = !service.ports().isEmpty() || !service.expose().isEmpty();
            if (!serves && !modelServerImage && endpoint.isEmpty()) {
                continue;
            }
            if (endpoint.isPresent() && reachable(service, endpoint.get())) {
                continue;
            }
            if (marked(service) || scraped(service, ctx.scrapeTargets()) || readByAnother(ctx, service)) {
                continue;
            }
            String what = endpoint.isPresent()
                    ? "runs " + endpoint.get().server() + ", whose metrics port " + endpoint.get().port()
                    + " the service neither publishes nor exposes, and"
                    : "serves" + how(service) + ", but";
            sink.report(service.nameSpan(), "service `" + service.name() + "` " + what
                    + " nothing collects its metrics: no Prometheus job of the repository targets it, no"
                    + " `prometheus.io/*` label, no OpenTelemetry exporter");
        }
    }

    /**
     * A user interface in front of the service that serves (`chatqna-xeon-ui-server`, an image
     * `opea/chatqna-ui`): its requests are the backend's to measure.
     */
    private static boolean isFrontend(Service service) {
        Optional<ImageName> image = ServiceImages.written(service);
        String last = image.isPresent() ? image.get().familiarName().substring(image.get().familiarName().lastIndexOf('/') + 1)
                : "";
        return SupportImages.isFrontendName(service.name()) || SupportImages.isFrontendName(last);
    }

    /** An ML tool UI (TensorBoard, Jupyter, MLflow) is not judged; a metrics flag is a metrics endpoint. */
    private static boolean runsToolOrConfiguresMetrics(Service service) {
        for (List<String> words : ServiceCommands.invocations(service)) {
            if (MlCommands.toolServer(words).isPresent() || ServerMetrics.configuresMetrics(words)) {
                return true;
            }
        }
        return false;
    }

    private static String how(Service service) {
        for (PortMapping p : service.ports()) {
            OptionalInt target = p.target();
            if (target.isPresent()) {
                return " on port " + target.getAsInt();
            }
        }
        return "";
    }

    private static Optional<ServerMetrics.Endpoint> endpoint(Service service) {
        Optional<ImageName> image = ServiceImages.written(service);
        String name = image.isPresent() && service.build().isEmpty() ? image.get().familiarName() : "";
        for (List<String> words : ServiceCommands.invocations(service)) {
            Optional<ServerMetrics.Endpoint> e = ServerMetrics.of(name, words);
            if (e.isPresent()) {
                return e;
            }
        }
        return ServerMetrics.of(name, List.of());
    }

    /** Metrics on the serving port, or on a port the service publishes or exposes. */
    private static boolean reachable(Service service, ServerMetrics.Endpoint endpoint) {
        if (endpoint.onServingPort()) {
            return true;
        }
        for (PortMapping p : service.ports()) {
            if (p.target().isPresent() && p.target().getAsInt() == endpoint.port()) {
                return true;
            }
        }
        for (ComposeScalar e : service.expose()) {
            String v = e.value().strip();
            int slash = v.indexOf('/');
            if ((slash < 0 ? v : v.substring(0, slash)).equals(Integer.toString(endpoint.port()))) {
                return true;
            }
        }
        return false;
    }

    /** A Prometheus label, a metrics environment variable, or a port named for metrics. */
    private static boolean marked(Service service) {
        for (KeyValue label : service.labels()) {
            if (label.key().startsWith("prometheus") && !label.valueText().strip().equalsIgnoreCase("false")) {
                return true;
            }
        }
        for (KeyValue env : service.environment()) {
            if (ServerMetrics.isMetricsEnvironment(env.key(), env.valueText())) {
                return true;
            }
        }
        for (PortMapping p : service.ports()) {
            if (p.node() instanceof ComposeMapping m) {
                Optional<ComposeEntry> name = m.entry("name");
                if (name.isPresent() && name.get().value() instanceof ComposeScalar s
                        && ServerMetrics.isMetricsPortName(s.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A scrape target naming the service, or a port it publishes on the host Prometheus runs on. */
    private static boolean scraped(Service service, List<ScrapeTarget> targets) {
        if (targets.isEmpty()) {
            return false;
        }
        List<String> names = new ArrayList<>();
        names.add(service.name());
        addScalar(service, "container_name", names);
        addScalar(service, "hostname", names);
        for (ScrapeTarget t : targets) {
            if (names.contains(t.host())) {
                return true;
            }
            if (THIS_HOST.contains(t.host()) && t.port() > 0) {
                for (PortMapping p : service.ports()) {
                    if (p.published().equals(Integer.toString(t.port()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Another service of the project reads the service's metrics: a URL to it whose path names
     * them ({@code TARGET_URL: http://api:8000/metrics}) in its environment or command, as an
     * exporter or push sidecar has.
     */
    private static boolean readByAnother(ComposeContext ctx, Service service) {
        String host = "://" + service.name();
        for (Service other : ctx.project().services()) {
            if (other == service) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (KeyValue env : other.environment()) {
                texts.add(env.valueText());
            }
            for (List<String> words : ServiceCommands.invocations(other)) {
                texts.addAll(words);
            }
            for (String t : texts) {
                int at = t.indexOf(host);
                if (at >= 0 && t.indexOf("metrics", at) > 0) {
                    int after = at + host.length();
                    char next = after < t.length() ? t.charAt(after) : '/';
                    if (next == ':' || next == '/') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void addScalar(Service service, String key, List<String> names) {
        Optional<ComposeScalar> s = service.scalar(key);
        if (s.isPresent() && !s.get().isUnresolved()) {
            names.add(s.get().value().strip());
        }
    }
}
