package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeMapping;
import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.PortMapping;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two {@code ports} entries that bind the same host port and protocol on overlapping host
 * addresses, in services that run together: the second container fails to start ("port is
 * already allocated"). Addresses overlap when they are equal or one is every interface (no
 * address, {@code 0.0.0.0} for IPv4, {@code ::} for IPv6). Services in different profiles are
 * alternatives ({@code --profile cpu} or {@code --profile gpu}) and never conflict; a service
 * without profiles runs with every profile. Ports Docker picks ({@code "8000"}, a host range for
 * one container port) and unresolved values are not compared, nor host ports set by a variable
 * ({@code ${RETRIEVER_PORT:-7000}}): a setting chosen per deployment, whose default files that
 * catalogue alternative back-ends (run one at a time) give to each.
 */
@RuleInfo(code = "DC015", name = "duplicate-published-port", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "Two services publish the same host port, so one of them cannot start.",
        fix = "Give each service its own host port (or host address), or put alternatives in different profiles.")
public final class DuplicatePublishedPort implements ComposeRule {

    /** One fixed host binding. */
    private static final class Binding {
        final Service service;
        final PortMapping port;
        final int number;

        Binding(Service service, PortMapping port, int number) {
            this.service = service;
            this.port = port;
            this.number = number;
        }
    }

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        Map<Integer, List<Binding>> seen = new HashMap<>();
        for (Service service : ctx.project().services()) {
            if (sharesAnotherNetworkStack(service)) {
                continue;
            }
            for (PortMapping port : service.ports()) {
                int number = fixedHostPort(port);
                if (number < 0) {
                    continue;
                }
                Binding binding = new Binding(service, port, number);
                List<Binding> samePort = seen.get(number);
                if (samePort == null) {
                    samePort = new ArrayList<>();
                    seen.put(number, samePort);
                }
                Binding clash = firstClash(samePort, binding);
                if (clash != null) {
                    report(sink, binding, clash);
                } else {
                    samePort.add(binding);
                }
            }
        }
    }

    private static Binding firstClash(List<Binding> seen, Binding b) {
        for (Binding s : seen) {
            if (s.number == b.number && s.port.protocol().equals(b.port.protocol()) && s.port.node() != b.port.node()
                    && addressesOverlap(s.port.hostIp(), b.port.hostIp()) && runTogether(s.service, b.service)
                    && !isSetting(s.port) && !isSetting(b.port)) {
                return s;
            }
        }
        return null;
    }

    private static void report(SpanSink sink, Binding b, Binding first) {
        String where = first.service == b.service ? "earlier in `" + b.service.name() + "`"
                : "by service `" + first.service.name() + "`";
        String message = "host port " + b.number + "/" + b.port.protocol() + " is already published " + where;
        List<RelatedLocation> related = new ArrayList<>();
        related.add(RelatedLocation.of(at(first.port), "published here"));
        Span at = at(b.port);
        if (!b.service.isOwnSpan(at)) {
            related.add(RelatedLocation.of(b.service.nameSpan(), "used by service `" + b.service.name() + "`"));
        }
        sink.report(at, message, related);
    }

    /** The {@code published} value of a long form, else the entry. */
    private static Span at(PortMapping port) {
        ComposeNode node = port.node();
        if (node instanceof ComposeMapping m) {
            Optional<ComposeScalar> published = m.nonNullScalar("published");
            if (published.isPresent() && !published.get().isImplied()) {
                return published.get().span();
            }
        }
        return node.span();
    }

    /** The host port when it is one fixed number; -1 when Docker picks it or it is unknown. */
    private static int fixedHostPort(PortMapping port) {
        String published = port.published();
        if (port.isUnresolved() || published.isEmpty()) {
            return -1;
        }
        int dash = published.indexOf('-');
        if (dash >= 0) {
            String low = published.substring(0, dash);
            String high = published.substring(dash + 1);
            // A one-port range is a fixed port; a wider one lets Docker pick a free port in it.
            return low.equals(high) ? parsePort(low) : -1;
        }
        return parsePort(published);
    }

    private static int parsePort(String text) {
        if (text.isEmpty() || text.length() > 5) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n > 0 && n <= 65535 ? n : -1;
    }

    /**
     * A host port written with a variable ({@code ${RETRIEVER_PORT:-7000}}) is a setting chosen per
     * deployment; its default is a suggestion. Files that catalogue alternative back-ends (run one
     * at a time with {@code docker compose up <service>}) give each the same default, so only
     * ports written as numbers are compared.
     */
    private static boolean isSetting(PortMapping port) {
        ComposeNode node = port.node();
        if (node instanceof ComposeMapping m) {
            Optional<ComposeScalar> published = m.nonNullScalar("published");
            return published.isPresent() && published.get().isInterpolated();
        }
        if (!(node instanceof ComposeScalar s) || !s.isInterpolated()) {
            return false;
        }
        // Short form: only a variable in the host part (before the last `:` of the container part) counts.
        String raw = s.raw();
        int containerPart = raw.lastIndexOf(':');
        return containerPart > 0 && raw.substring(0, containerPart).indexOf('$') >= 0;
    }

    // Docker binds an empty host address on every interface of both families.
    static boolean addressesOverlap(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        boolean aV6 = a.indexOf(':') >= 0;
        boolean bV6 = b.indexOf(':') >= 0;
        if (aV6 != bV6) {
            return false;
        }
        String any = aV6 ? "::" : "0.0.0.0";
        return a.equals(any) || b.equals(any);
    }

    /** Services without profiles always run; two with profiles run together only when they share one. */
    static boolean runTogether(Service a, Service b) {
        List<ComposeScalar> pa = a.profiles();
        List<ComposeScalar> pb = b.profiles();
        if (pa.isEmpty() || pb.isEmpty() || a == b) {
            return true;
        }
        for (ComposeScalar x : pa) {
            for (ComposeScalar y : pb) {
                if (x.isUnresolved() || y.isUnresolved() || x.value().equals(y.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code network_mode: host}, {@code service:x} or {@code container:x}: the service publishes nothing of its own. */
    private static boolean sharesAnotherNetworkStack(Service service) {
        Optional<ComposeScalar> mode = service.networkMode();
        if (mode.isEmpty() || mode.get().isUnresolved()) {
            return false;
        }
        String m = mode.get().value();
        return m.equals("host") || m.startsWith("service:") || m.startsWith("container:");
    }
}
