package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.List;
import java.util.Optional;

/**
 * An object written in a built-in API version that Kubernetes no longer serves, per the official
 * deprecated API migration guide: {@code extensions/v1beta1} and {@code apps/v1beta1|2}
 * workloads (removed in 1.16), {@code networking.k8s.io/v1beta1} Ingress and the v1beta1 RBAC,
 * CRD and webhook APIs (1.22), {@code batch/v1beta1} CronJob, {@code policy/v1beta1}
 * PodDisruptionBudget and PodSecurityPolicy, {@code autoscaling/v2beta1} (1.25),
 * {@code autoscaling/v2beta2} (1.26), and the flow-control betas. Custom resources are not
 * judged: their operators decide which versions they still serve.
 */
@RuleInfo(code = "KU041", name = "removed-api-version", practice = Practice.CORRECTNESS,
        severity = Severity.WARNING,
        summary = "An object uses a built-in API version that current Kubernetes no longer serves.",
        fix = "Move the object to the API version named in the message (`kubectl convert` helps); check the "
                + "fields that changed with it, such as the required `selector` of `apps/v1` workloads.")
public final class RemovedApiVersion implements KubernetesRule {
    /** An API version removed for a kind ({@code *}: every kind), the release that removed it, its replacement ({@code ""}: none). */
    record Removal(String apiVersion, String kind, String release, String replacement) {
    }

    private static final List<Removal> REMOVED = List.of(
        new Removal("extensions/v1beta1", "Deployment", "1.16", "apps/v1"),
        new Removal("extensions/v1beta1", "DaemonSet", "1.16", "apps/v1"),
        new Removal("extensions/v1beta1", "ReplicaSet", "1.16", "apps/v1"),
        new Removal("extensions/v1beta1", "NetworkPolicy", "1.16", "networking.k8s.io/v1"),
        new Removal("extensions/v1beta1", "PodSecurityPolicy", "1.16", ""),
        new Removal("extensions/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1"),
        new Removal("apps/v1beta1", "*", "1.16", "apps/v1"),
        new Removal("apps/v1beta2", "*", "1.16", "apps/v1"),
        new Removal("networking.k8s.io/v1beta1", "Ingress", "1.22", "networking.k8s.io/v1"),
        new Removal("networking.k8s.io/v1beta1", "IngressClass", "1.22", "networking.k8s.io/v1"),
        new Removal("admissionregistration.k8s.io/v1beta1", "*", "1.22", "admissionregistration.k8s.io/v1"),
        new Removal("apiextensions.k8s.io/v1beta1", "*", "1.22", "apiextensions.k8s.io/v1"),
        new Removal("apiregistration.k8s.io/v1beta1", "*", "1.22", "apiregistration.k8s.io/v1"),
        new Removal("authentication.k8s.io/v1beta1", "*", "1.22", "authentication.k8s.io/v1"),
        new Removal("authorization.k8s.io/v1beta1", "*", "1.22", "authorization.k8s.io/v1"),
        new Removal("certificates.k8s.io/v1beta1", "*", "1.22", "certificates.k8s.io/v1"),
        new Removal("coordination.k8s.io/v1beta1", "*", "1.22", "coordination.k8s.io/v1"),
        new Removal("rbac.authorization.k8s.io/v1beta1", "*", "1.22", "rbac.authorization.k8s.io/v1"),
        new Removal("rbac.authorization.k8s.io/v1alpha1", "*", "1.22", "rbac.authorization.k8s.io/v1"),
        new Removal("scheduling.k8s.io/v1beta1", "*", "1.22", "scheduling.k8s.io/v1"),
        new Removal("scheduling.k8s.io/v1alpha1", "*", "1.22", "scheduling.k8s.io/v1"),
        new Removal("storage.k8s.io/v1beta1", "CSIDriver", "1.22", "storage.k8s.io/v1"),
        new Removal("storage.k8s.io/v1beta1", "CSINode", "1.22", "storage.k8s.io/v1"),
        new Removal("storage.k8s.io/v1beta1", "StorageClass", "1.22", "storage.k8s.io/v1"),
        new Removal("storage.k8s.io/v1beta1", "VolumeAttachment", "1.22", "storage.k8s.io/v1"),
        new Removal("storage.k8s.io/v1beta1", "CSIStorageCapacity", "1.27", "storage.k8s.io/v1"),
        new Removal("batch/v1beta1", "CronJob", "1.25", "batch/v1"),
        new Removal("batch/v2alpha1", "CronJob", "1.21", "batch/v1"),
        new Removal("discovery.k8s.io/v1beta1", "EndpointSlice", "1.25", "discovery.k8s.io/v1"),
        new Removal("events.k8s.io/v1beta1", "Event", "1.25", "events.k8s.io/v1"),
        new Removal("autoscaling/v2beta1", "HorizontalPodAutoscaler", "1.25", "autoscaling/v2"),
        new Removal("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26", "autoscaling/v2"),
        new Removal("policy/v1beta1", "PodDisruptionBudget", "1.25", "policy/v1"),
        new Removal("policy/v1beta1", "PodSecurityPolicy", "1.25", ""),
        new Removal("node.k8s.io/v1beta1", "RuntimeClass", "1.25", "node.k8s.io/v1"),
        new Removal("node.k8s.io/v1alpha1", "RuntimeClass", "1.25", "node.k8s.io/v1"),
        new Removal("flowcontrol.apiserver.k8s.io/v1beta1", "*", "1.26", "flowcontrol.apiserver.k8s.io/v1"),
        new Removal("flowcontrol.apiserver.k8s.io/v1beta2", "*", "1.29", "flowcontrol.apiserver.k8s.io/v1"),
        new Removal("flowcontrol.apiserver.k8s.io/v1beta3", "*", "1.32", "flowcontrol.apiserver.k8s.io/v1"));

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            Optional<Removal> removed = removal(object.apiVersion().strip(), object.kind());
            if (removed.isEmpty()) {
                continue;
            }
            Removal r = removed.get();
            String advice = r.replacement().isEmpty() ? "it has no replacement" : "use `" + r.replacement() + "`";
            sink.report(object.apiVersionField().valueSpan(), "`" + r.apiVersion() + "` " + object.kind()
                    + " was removed in Kubernetes " + r.release() + ": " + advice);
        }
    }

    /**
     * True when an object of the file uses an API that Kubernetes no longer serves: the file is a
     * frozen snapshot (a vendored 2018 install, an old release) that no supported cluster accepts,
     * so the engine judges it only for secrets, syntax and correctness, like a release copy.
     */
    public static boolean declaresRemovedApi(ManifestFile file) {
        for (KubeObject object : file.objects()) {
            if (removal(object.apiVersion().strip(), object.kind()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The removal of that apiVersion for that kind; empty when the version is served. */
    static Optional<Removal> removal(String apiVersion, String kind) {
        for (Removal r : REMOVED) {
            if (r.apiVersion().equals(apiVersion) && (r.kind().equals("*") || r.kind().equals(kind))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
