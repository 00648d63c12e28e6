package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.Optional;

/** {@code privileged: true}: every capability, every host device, no seccomp or AppArmor confinement. */
@RuleInfo(code = "DC024", name = "privileged-service", practice = Practice.SECURITY,
        severity = Severity.ERROR,
        summary = "A service runs privileged (`privileged: true`).",
        fix = "Remove `privileged: true`; grant only the devices (`devices:`, GPU reservations) and capabilities (`cap_add`) the service needs.",
        aliases = {"ae5b6871-7f45-42e0-bb4c-ab300c4d2026"})
public final class PrivilegedService implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            Optional<ComposeScalar> privileged = service.privileged();
            if (privileged.isPresent() && !privileged.get().isUnresolved() && privileged.get().isTrue()) {
                ServiceFindings.report(sink, service, privileged.get().span(),
                        "service `" + service.name() + "` runs privileged");
            }
        }
    }
}
