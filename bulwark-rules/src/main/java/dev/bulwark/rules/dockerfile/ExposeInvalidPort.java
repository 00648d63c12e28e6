package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code EXPOSE 80000}, {@code EXPOSE 90-80} or {@code EXPOSE 80/http}: Docker rejects the port spec. */
@RuleInfo(code = "DF104", name = "expose-invalid-port", practice = Practice.BUILDKIT,
        severity = Severity.ERROR,
        summary = "EXPOSE has a port outside 0-65535, a reversed range, or a protocol other than tcp, udp or sctp.",
        fix = "Expose a port number from 0 to 65535 with `/tcp`, `/udp` or `/sctp`.",
        aliases = {"DL3011"})
public final class ExposeInvalidPort implements DockerfileRule {
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (ExposedPorts.PortSpec spec : ExposedPorts.of(ctx.model())) {
            Optional<String> problem = problem(spec);
            if (problem.isPresent()) {
                sink.report(spec.range(), "`" + spec.text() + "`: " + problem.get());
            }
        }
    }

    private static Optional<String> problem(ExposedPorts.PortSpec spec) {
        String proto = spec.protocol().orElse("tcp").toLowerCase(Locale.ROOT);
        if (!PROTOCOLS.contains(proto)) {
            return Optional.of("unknown protocol `" + spec.protocol().orElse("") + "`");
        }
        String[] range = spec.ports().split("-", -1);
        if (range.length > 2) {
            return Optional.of("not a port or port range");
        }
        long[] ports = new long[range.length];
        for (int i = 0; i < range.length; i++) {
            if (range[i].isEmpty() || range[i].length() > 9 || !Text.allDigits(range[i])) {
                return Optional.of("not a port or port range");
            }
            ports[i] = Long.parseLong(range[i]);
            if (ports[i] > 65535) {
                return Optional.of("port " + ports[i] + " is out of range");
            }
        }
        if (ports.length == 2 && ports[0] > ports[1]) {
            return Optional.of("range ends before it starts");
        }
        return Optional.empty();
    }
}
