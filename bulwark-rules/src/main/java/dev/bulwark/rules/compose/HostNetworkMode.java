package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/** {@code network_mode: host}: the service shares the host's network stack. */
@RuleInfo(code = "DC026", name = "host-network-mode", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A service shares the host's network namespace (`network_mode: host`).",
        fix = "Remove `network_mode: host`; publish the ports the service needs with `ports:` (bound to `127.0.0.1` when only the host needs them).",
        aliases = {"071a71ff-f868-47a4-ac0b-3c59e4ab5443"})
public final class HostNetworkMode implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<ComposeScalar> mode = service.networkMode();
            if (mode.isPresent() && !mode.get().isUnresolved() && mode.get().value().equals("host")) {
                ServiceFindings.report(sink, service, mode.get().span(),
                        "service `" + service.name() + "` uses the host's network");
            }
        }
    }
}
