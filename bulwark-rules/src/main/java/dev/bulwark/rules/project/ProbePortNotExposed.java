package dev.bulwark.rules.project;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Healthcheck;
import dev.bulwark.compose.PortMapping;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Probe;
import dev.bulwark.project.Deployment;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.dockerfile.BuiltImage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A Compose healthcheck ({@code curl http://localhost:PORT/...}) or a Kubernetes HTTP, TCP or gRPC
 * probe on a port number that the image built in the repository does not EXPOSE, while it exposes
 * others, and that the service or container does not declare either: the check most likely
 * knocks on a port nothing listens on, and the container is never healthy. Only judged when the
 * Dockerfile's EXPOSE instructions are all known and the port number appears nowhere else: not in
 * the Dockerfile (a CMD that listens on it, an ENV), not in the service's command, entrypoint or
 * environment, not in the container's command, args or env (a {@code --port} override).
 */
@RuleInfo(code = "PJ002", name = "probe-port-not-exposed", practice = Practice.HEALTH_MONITORING,
        severity = Severity.WARNING,
        summary = "A healthcheck or probe checks a port that the image does not EXPOSE and the service does not declare.",
        fix = "Probe the port the application listens on (the one the Dockerfile EXPOSEs), or EXPOSE and declare the health port.")
public final class ProbePortNotExposed implements ProjectRule {
    private static final List<String> LOCAL_HOSTS = List.of("localhost:", "127.0.0.1:", "0.0.0.0:", "[::1]:");

    private record Checked(long port, Span at, String what) {
    }

    @Override
    public void check(ProjectCheck ctx, SpanSink sink) {
        String dockerfileText = ctx.model().file().source().text();
        for (ProjectCheck.Run run : ctx.runs(Practice.HEALTH_MONITORING)) {
            Deployment d = run.deployment();
            Optional<List<BuiltImage.Exposed>> exposed = run.image().exposed();
            if (exposed.isEmpty() || exposed.get().isEmpty()) {
                continue;
            }
            for (Checked c : checkedPorts(d)) {
                String port = Long.toString(c.port());
                if (covers(exposed.get(), c.port()) || declares(d, c.port()) || Deployments.mentions(d, port)
                        || dockerfileText.contains(port)) {
                    continue;
                }
                String declarer = d instanceof Deployment.ComposeService ? "service" : "container";
                Deployments.report(sink, d, c.at(), c.what() + " of " + Deployments.describe(d) + " checks port "
                        + port + ", but the image " + ctx.dockerfileName() + " builds exposes only "
                        + list(exposed.get()) + " and the " + declarer + " declares no port " + port);
            }
        }
    }

    private static List<Checked> checkedPorts(Deployment d) {
        List<Checked> out = new java.util.ArrayList<>();
        if (d instanceof Deployment.ComposeService c) {
            Optional<Healthcheck> h = c.service().healthcheck();
            if (h.isEmpty() || h.get().isDisabled()) {
                return out;
            }
            for (ComposeScalar arg : h.get().testArguments()) {
                OptionalLong port = localPort(arg.value());
                if (!arg.isUnresolved() && port.isPresent()) {
                    out.add(new Checked(port.getAsLong(), arg.span(), "the healthcheck"));
                    break;
                }
            }
            return out;
        }
        Container container = ((Deployment.KubernetesContainer) d).container();
        for (Probe p : container.probes()) {
            OptionalLong n = p.portNumber();
            if (p.handler() != Probe.Handler.EXEC && p.host().isEmpty() && n.isPresent() && p.port().isPresent()) {
                out.add(new Checked(n.getAsLong(), p.port().get().valueSpan(),
                        "the " + p.kind().name().toLowerCase(java.util.Locale.ROOT) + " probe"));
            }
        }
        return out;
    }

    // The port of the first `localhost:PORT` (or 127.0.0.1, 0.0.0.0, [::1]) in a test.
    static OptionalLong localPort(String text) {
        for (String host : LOCAL_HOSTS) {
            int at = text.indexOf(host);
            if (at < 0) {
                continue;
            }
            int start = at + host.length();
            int end = start;
            while (end < text.length() && end - start < 6 && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end > start && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return OptionalLong.of(Long.parseLong(text.substring(start, end)));
            }
        }
        return OptionalLong.empty();
    }

    private static boolean covers(List<BuiltImage.Exposed> exposed, long port) {
        for (BuiltImage.Exposed e : exposed) {
            if (inRange(e.ports(), port)) {
                return true;
            }
        }
        return false;
    }

    // `8000` or `8000-8010`; anything else is taken to cover the port.
    private static boolean inRange(String spec, long port) {
        int dash = spec.indexOf('-');
        try {
            if (dash < 0) {
                return Long.parseLong(spec.strip()) == port;
            }
            return Long.parseLong(spec.substring(0, dash).strip()) <= port
                    && port <= Long.parseLong(spec.substring(dash + 1).strip());
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean declares(Deployment d, long port) {
        if (d instanceof Deployment.KubernetesContainer k) {
            return k.container().declaresPort(port);
        }
        Service s = ((Deployment.ComposeService) d).service();
        for (PortMapping m : s.ports()) {
            if (m.isUnresolved() || m.target().isEmpty() || m.target().getAsInt() == port) {
                return true;
            }
        }
        for (ComposeScalar e : s.expose()) {
            if (e.isUnresolved() || inRange(stripProtocol(e.value()), port)) {
                return true;
            }
        }
        return false;
    }

    private static String stripProtocol(String spec) {
        int slash = spec.indexOf('/');
        return slash < 0 ? spec : spec.substring(0, slash);
    }

    private static String list(List<BuiltImage.Exposed> exposed) {
        StringBuilder out = new StringBuilder();
        for (BuiltImage.Exposed e : exposed) {
            out.append(out.length() == 0 ? "" : ", ").append('`').append(e.ports()).append('`');
        }
        return out.toString();
    }
}
