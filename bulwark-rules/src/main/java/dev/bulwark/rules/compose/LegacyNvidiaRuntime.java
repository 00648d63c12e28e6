package dev.bulwark.rules.compose;

import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A service that gets its GPU only through {@code runtime: nvidia}: it works only on hosts where
 * the NVIDIA runtime is registered under that name, GPUs are then chosen by
 * {@code NVIDIA_VISIBLE_DEVICES} behind Compose's back (all of them unless set), and
 * {@code docker compose config} shows no GPU request. The device reservation (or {@code gpus:})
 * is the form Compose and the NVIDIA Container Toolkit document today (NOTES 3.10).
 */
@RuleInfo(code = "DC034", name = "legacy-nvidia-runtime", practice = Practice.GPU_SUPPORT,
        severity = Severity.INFO,
        summary = "A service requests GPUs only through the legacy `runtime: nvidia`.",
        fix = "Reserve the GPUs instead: `deploy.resources.reservations.devices: [{driver: nvidia, count: 1, capabilities: [gpu]}]` (or `gpus: all`), and drop `runtime: nvidia`.")
public final class LegacyNvidiaRuntime implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            if (service.usesNvidiaRuntime() && !service.requestsGpu() && !service.runtime().orElseThrow().isUnresolved()) {
                ServiceFindings.report(sink, service, service.runtime().orElseThrow().span(),
                        "service `" + service.name() + "` gets GPUs only through the legacy `runtime: nvidia`");
            }
        }
    }
}
