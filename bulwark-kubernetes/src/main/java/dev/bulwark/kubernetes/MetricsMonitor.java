package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource that tells a Prometheus which pods to scrape: a Prometheus Operator
 * {@code ServiceMonitor} (it selects Services, and so the pods behind them) or {@code PodMonitor}
 * (pods), their VictoriaMetrics twins {@code VMServiceScrape} and {@code VMPodScrape}, and Google
 * Cloud Managed Prometheus's {@code PodMonitoring} (its own namespace) and
 * {@code ClusterPodMonitoring} (every namespace).
 */
public final class MetricsMonitor {
    private final KubeObject object;
    private final boolean selectsServices;
    private final LabelSelector selector;
    private final boolean anyNamespace;
    private final List<String> namespaces;

    private MetricsMonitor(KubeObject object, boolean selectsServices, LabelSelector selector, boolean anyNamespace,
                           List<String> namespaces) {
        this.object = object;
        this.selectsServices = selectsServices;
        this.selector = selector;
        this.anyNamespace = anyNamespace;
        this.namespaces = namespaces;
    }

    static MetricsMonitor read(ReadContext ctx, KubeObject object) {
        YamlMapping spec = ctx.mapping(object.root(), "spec").orElse(null);
        boolean services = object.is(KnownKind.SERVICE_MONITOR) || object.is(KnownKind.VM_SERVICE_SCRAPE);
        LabelSelector selector = LabelSelector.read(ctx, spec, "selector").orElse(null);
        boolean any = object.is(KnownKind.CLUSTER_POD_MONITORING);
        List<String> names = new ArrayList<>();
        Optional<YamlMapping> ns = ctx.mapping(spec, "namespaceSelector");
        if (ns.isPresent()) {
            Optional<Field> anyField = ctx.field(ns.get(), "any");
            any |= anyField.isPresent() && anyField.get().bool().orElse(Boolean.FALSE);
            for (Field f : ctx.stringList(ns.get(), "matchNames")) {
                names.add(f.textOrEmpty());
            }
        }
        return new MetricsMonitor(object, services, selector, any, List.copyOf(names));
    }

    public KubeObject object() {
        return object;
    }

    /** True for the kinds that select Services ({@code ServiceMonitor}, {@code VMServiceScrape}), false for pod monitors. */
    public boolean selectsServices() {
        return selectsServices;
    }

    /** True when the monitor looks in {@code namespace}, given the namespace it lives in. */
    public boolean watches(String namespace, String own) {
        if (anyNamespace) {
            return true;
        }
        return namespaces.isEmpty() ? namespace.equals(own) : namespaces.contains(namespace);
    }

    /** True when the labels (a Service's or a pod's) satisfy the selector; a monitor without one selects nothing. */
    public boolean selects(StringMap labels) {
        return selector != null && selector.matches(labels);
    }

    @Override
    public String toString() {
        return object.kind() + "[" + object.nameText() + "]";
    }
}
