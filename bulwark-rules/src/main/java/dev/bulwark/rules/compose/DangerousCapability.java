package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.security.Capabilities;

/**
 * {@code cap_add} of a capability that amounts to root on the host or breaks isolation
 * ({@link Capabilities}: {@code ALL}, {@code SYS_ADMIN}, {@code NET_ADMIN}, {@code SYS_PTRACE},
 * {@code SYS_MODULE}...), in any spelling the runtime accepts.
 */
@RuleInfo(code = "DC025", name = "dangerous-capability", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A service adds a dangerous Linux capability (`SYS_ADMIN`, `NET_ADMIN`, `ALL`...).",
        fix = "Remove the capability from `cap_add`; if one feature needs it, run that part in a separate, audited service.")
public final class DangerousCapability implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (ComposeScalar cap : service.capAdd()) {
                if (!cap.isUnresolved() && Capabilities.isDangerous(cap.value())) {
                    ServiceFindings.report(sink, service, cap.span(), "service `" + service.name() + "` adds capability `"
                            + Capabilities.normalize(cap.value()) + "`");
                }
            }
        }
    }
}
