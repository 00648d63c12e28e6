package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.ContainerPort;
import dev.bulwark.kubernetes.EnvVar;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Service;
import dev.bulwark.kubernetes.StringMap;
import dev.bulwark.kubernetes.TemplateKind;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.images.SupportImages;
import dev.bulwark.rules.ml.MlCommands;
import dev.bulwark.rules.ml.ServerMetrics;
import java.util.Optional;

/**
 * A pod that serves ({@link ServingContainers}: long-running and listening) and whose metrics
 * nothing collects: no {@code prometheus.io/*} annotation on its pod template or on a Service
 * selecting it, no ServiceMonitor, PodMonitor, PodMonitoring or VictoriaMetrics scrape in the
 * manifest set selecting it (any file, namespaces matched), no container port named for metrics, no
 * OpenTelemetry exporter in a container's environment. A model server whose metrics are on by
 * default ({@link ServerMetrics}) exposes them when they are reachable: on its serving port, or on
 * its metrics port when the container declares it; KServe model servers and serving runtimes do,
 * and so does KubeRay's Ray container (KubeRay adds its metrics port, 8080, to every Ray pod). One
 * finding per pod template, on its first serving container; data stores, brokers, tool UIs,
 * proxies and the monitoring stack are not judged.
 */
@RuleInfo(code = "KU055", name = "container-without-metrics", practice = Practice.HEALTH_MONITORING,
        severity = Severity.INFO,
        summary = "A serving pod exposes no metrics that anything collects.",
        fix = "Serve Prometheus metrics on a port named `metrics` and select the pods with a ServiceMonitor or PodMonitor (or `prometheus.io/scrape` annotations), or set an OpenTelemetry exporter.")
public final class ContainerWithoutMetrics implements KubernetesRule {
    private static final String KSERVE_SCRAPING = "serving.kserve.io/enable-prometheus-scraping";

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (PodTemplate t : Pods.wholeTemplates(ctx.file())) {
            Container first = null;
            for (Container c : t.allContainers()) {
                if (ServingContainers.isServing(c, ctx.set()) && isApplication(c)) {
                    first = c;
                    break;
                }
            }
            // A kustomize patch may add the annotations or the metrics port.
            if (first == null || !ctx.set().patchesFor(t.object()).isEmpty() || collected(t, ctx.set())) {
                continue;
            }
            Optional<ServerMetrics.Endpoint> endpoint = endpoint(first);
            String what = endpoint.isPresent()
                    ? " runs " + endpoint.get().server() + ", whose metrics port " + endpoint.get().port()
                    + " the container does not declare, and"
                    : " " + ServingContainers.how(first) + ", but";
            Pods.report(sink, first.locator(), Pods.describe(first) + what
                    + " nothing collects its metrics: no `prometheus.io/*` annotation, no ServiceMonitor or PodMonitor"
                    + " selects its pods, no port named `metrics`, no OpenTelemetry exporter", t);
        }
    }

    /** Not a data store, broker, tool UI, proxy or monitoring image: the application, or a model server. */
    private static boolean isApplication(Container c) {
        if (MlCommands.toolServer(ModelServerContainers.words(c)).isPresent()) {
            return false;
        }
        Optional<ImageName> image = image(c);
        if (image.isEmpty()) {
            return true;
        }
        Optional<ServiceRole> role = KnownImages.role(image.get());
        return (role.isEmpty() || role.get() == ServiceRole.MODEL_SERVER) && !SupportImages.isSupport(image.get());
    }

    private static boolean collected(PodTemplate t, ManifestSet set) {
        if (marked(t.annotations()) || !t.object().knownKind().isCoreWorkload() && marked(t.object().annotations())) {
            return true;
        }
        for (Service s : set.servicesSelecting(t)) {
            if (marked(s.object().annotations())) {
                return true;
            }
        }
        if (!set.monitorsFor(t).isEmpty()) {
            return true;
        }
        for (Container c : t.allContainers()) {
            if (exposes(c)) {
                return true;
            }
        }
        return false;
    }

    /** A Prometheus scrape annotation, or KServe's switch that adds them to an InferenceService's pods. */
    private static boolean marked(StringMap annotations) {
        for (Field f : annotations.entries()) {
            String value = f.textOrEmpty();
            if (ServerMetrics.isScrapeMarker(f.key(), value)
                    || f.key().equals(KSERVE_SCRAPING) && value.strip().equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }

    private static boolean exposes(Container c) {
        for (ContainerPort p : c.ports()) {
            if (ServerMetrics.isMetricsPortName(p.nameText())) {
                return true;
            }
        }
        if (ServerMetrics.configuresMetrics(ModelServerContainers.words(c))) {
            return true;
        }
        for (EnvVar e : c.env()) {
            // A value from a ConfigMap or Secret is not known here, but it is set.
            String value = e.value().isPresent() ? e.value().get().textOrEmpty() : e.valueFrom().isPresent() ? "set" : "";
            if (ServerMetrics.isMetricsEnvironment(e.name(), value)) {
                return true;
            }
        }
        // KServe's model servers serve /metrics; KubeRay gives the Ray container a `metrics` port.
        TemplateKind kind = c.template().kind();
        if (c.kind() == ContainerKind.MODEL_SERVER || kind == TemplateKind.SERVING_RUNTIME && c.kind() == ContainerKind.MAIN
                || (kind == TemplateKind.RAY_HEAD || kind == TemplateKind.RAY_WORKER) && c.kind() == ContainerKind.MAIN
                && c.index() == 0) {
            return true;
        }
        Optional<ServerMetrics.Endpoint> endpoint = endpoint(c);
        return endpoint.isPresent() && (endpoint.get().onServingPort() || c.declaresPort(endpoint.get().port()));
    }

    private static Optional<ServerMetrics.Endpoint> endpoint(Container c) {
        Optional<ImageName> image = image(c);
        return ServerMetrics.of(image.isPresent() ? image.get().familiarName() : "", ModelServerContainers.words(c));
    }

    private static Optional<ImageName> image(Container c) {
        ImageReference ref = ImageReference.parse(c.imageText().strip());
        return ref instanceof ImageName name ? Optional.of(name) : Optional.empty();
    }
}
