package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.Service;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.List;
import java.util.Optional;

/**
 * A StatefulSet without {@code spec.serviceName}, or naming a Service of the set that is not
 * headless. The governing Service gives each pod its stable DNS name
 * ({@code web-0.web.ns.svc.cluster.local}); without it, or with a Service that has a cluster IP,
 * pods get no per-pod records. The API server accepts a missing {@code serviceName}, but the
 * published OpenAPI schema long marked it required, so {@code kubeconform}, Helm and older
 * {@code kubectl} reject the manifest.
 */
@RuleInfo(code = "KU038", name = "statefulset-without-service-name", practice = Practice.ORCHESTRATION,
        severity = Severity.WARNING,
        summary = "A StatefulSet has no `serviceName`, or names a Service that is not headless.",
        fix = "Create a headless Service (`clusterIP: None`) selecting the pods and name it in `spec.serviceName`.")
public final class StatefulSetWithoutServiceName implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !object.is(KnownKind.STATEFUL_SET) || object.workload().isEmpty()) {
                continue;
            }
            Optional<Field> serviceName = object.workload().get().serviceName();
            if (serviceName.isEmpty() || serviceName.get().textOrEmpty().isEmpty()) {
                if (ctx.set().patchesFor(object).isEmpty()) {
                    sink.report(object.locator(), object.displayName() + " has no serviceName");
                }
                continue;
            }
            Optional<Service> service = clusterIpServiceNamed(ctx, object, serviceName.get().textOrEmpty());
            if (service.isPresent()) {
                sink.report(serviceName.get().valueSpan(), "serviceName `" + serviceName.get().textOrEmpty()
                        + "` names a Service that is not headless", List.of(RelatedLocation.of(
                        service.get().object().locator(), service.get().object().displayName() + " has a cluster IP")));
            }
        }
    }

    /** The Service of that name in the StatefulSet's namespace, when the set has one and none of that name is headless. */
    private static Optional<Service> clusterIpServiceNamed(KubernetesContext ctx, KubeObject statefulSet, String name) {
        Service found = null;
        for (KubeObject o : ctx.set().objectsIn(ctx.set().namespaceOf(statefulSet))) {
            if (!o.is(KnownKind.SERVICE) || !o.nameText().equals(name) || o.isPartial() || o.asService().isEmpty()) {
                continue;
            }
            Service s = o.asService().get();
            if (s.isHeadless() || s.externalName().isPresent() || !s.typeText().equals("ClusterIP")) {
                return Optional.empty();
            }
            if (found == null) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
