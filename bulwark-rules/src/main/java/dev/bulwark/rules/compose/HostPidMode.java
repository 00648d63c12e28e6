package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/** {@code pid: host}: the service sees, and as root can signal and trace, every process of the host. */
@RuleInfo(code = "DC027", name = "host-pid-mode", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A service shares the host's process namespace (`pid: host`).",
        fix = "Remove `pid: host`; share a process namespace with one other service (`pid: service:<name>`) if that is what is needed.")
public final class HostPidMode implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<ComposeScalar> pid = service.pid();
            if (pid.isPresent() && !pid.get().isUnresolved() && pid.get().value().equals("host")) {
                ServiceFindings.report(sink, service, pid.get().span(),
                        "service `" + service.name() + "` uses the host's process namespace");
            }
        }
    }
}
