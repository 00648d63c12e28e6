package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Lifecycle;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Probe;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.SpanSink;
import java.util.List;
import java.util.Optional;

/**
 * A long-running model server ({@link ModelServerContainers}) with a liveness probe and no startup
 * probe, whose liveness probe gives it less than {@code startup-seconds} to load its model: the
 * initial delay plus {@code failureThreshold} × {@code periodSeconds} ({@link Probe#toleranceSeconds()}).
 * The kubelet then restarts a server that is still loading, over and over.
 */
@RuleInfo(code = "KU010", name = "model-server-without-startup-probe", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A model server has a liveness probe but no startup probe to cover model loading.",
        fix = "Add a `startupProbe` on the same endpoint with a `failureThreshold` × `periodSeconds` longer than the model takes to load.")
public final class ModelServerWithoutStartupProbe implements KubernetesRule {
    static final String STARTUP_SECONDS = "startup-seconds";

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.integer(STARTUP_SECONDS, 300,
                "A liveness probe that tolerates at least this many seconds after start is taken to cover model loading."));
    }

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        int budget = ctx.options().integer(STARTUP_SECONDS);
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            if (t.lifecycle() != Lifecycle.LONG_RUNNING) {
                continue;
            }
            for (Container c : t.allContainers()) {
                Optional<Probe> liveness = c.livenessProbe();
                if (c.isInit() || liveness.isEmpty() || c.startupProbe().isPresent()) {
                    continue;
                }
                long tolerance = liveness.get().toleranceSeconds();
                Optional<String> server = ModelServerContainers.describe(c);
                if (tolerance < budget && server.isPresent()) {
                    Pods.report(sink, liveness.get().field().keySpan(), Pods.describe(c) + " (" + server.get()
                            + ") is restarted unless it answers its liveness probe within " + tolerance
                            + " s of starting, and has no startup probe", t);
                }
            }
        }
    }
}
