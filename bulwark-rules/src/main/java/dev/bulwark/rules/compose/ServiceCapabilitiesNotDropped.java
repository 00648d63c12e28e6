package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.security.Capabilities;

/**
 * A service that keeps Docker's default capabilities ({@code CHOWN}, {@code DAC_OVERRIDE},
 * {@code NET_RAW}, {@code SETUID}...) instead of dropping them all and adding back what it needs.
 * Hardening advice, off by default.
 */
@RuleInfo(code = "DC032", name = "service-capabilities-not-dropped", practice = Practice.SECURITY,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "A service does not drop all capabilities (`cap_drop: [ALL]`).",
        fix = "Add `cap_drop: [ALL]` and add back only what the service needs with `cap_add`.")
public final class ServiceCapabilitiesNotDropped implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            boolean all = false;
            for (ComposeScalar cap : service.capDrop()) {
                all |= cap.isUnresolved() || Capabilities.isAll(cap.value());
            }
            if (!all) {
                sink.report(service.nameSpan(), "service `" + service.name() + "` keeps Docker's default capabilities");
            }
        }
    }
}
