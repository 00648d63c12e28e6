package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.Kustomization;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Service;
import dev.bulwark.kubernetes.StringMap;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.List;
import java.util.Optional;

/**
 * A Service whose selector matches the pod labels of no pod template in the set, judged only
 * where the set can be whole: the Service's file also describes pods, or a complete
 * kustomization (every resource in the set) includes it. Selectors on labels that operators and
 * controllers put on the pods they create ({@code ray.io/node-type}, {@code statefulset.kubernetes.io/pod-name},
 * {@code serving.kserve.io/inferenceservice}...) are not judged: no template in the set carries them.
 */
@RuleInfo(code = "KU050", name = "dangling-service", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A Service selects no pods described in the manifests.",
        fix = "Make the selector match the pod template labels of the workload the Service is for, or remove the Service.")
public final class DanglingService implements KubernetesRule {
    // Labels that controllers and operators add to the pods they create.
    private static final List<String> CONTROLLER_LABEL_PREFIXES = List.of("ray.io/", "training.kubeflow.org/",
            "trainer.kubeflow.org/", "kubeflow.org/", "serving.kserve.io/", "serving.knative.dev/",
            "jobset.sigs.k8s.io/", "leaderworkerset.sigs.k8s.io/", "statefulset.kubernetes.io/", "apps.kubernetes.io/",
            "batch.kubernetes.io/", "workflows.argoproj.io/", "controller-revision-hash", "pod-template-hash",
            "job-name", "controller-uid", "notebook-name", "group-name", "replica-type", "replica-index",
            "scheduling.x-k8s.io/", "volcano.sh/", "kueue.x-k8s.io/");

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        if (!canBeWhole(ctx.set(), ctx.file())) {
            return;
        }
        for (KubeObject object : ctx.file().objects()) {
            Optional<Service> service = object.asService();
            if (object.isPartial() || service.isEmpty() || service.get().selector().isEmpty()
                    || service.get().typeText().equals("ExternalName") || selectsControllerLabels(service.get())
                    || selectsAny(ctx.set(), service.get())) {
                continue;
            }
            sink.report(service.get().selector().span().orElse(object.locator()), object.displayName()
                    + " selects no pod template in the manifests");
        }
    }

    /** The file describes pods itself, or a complete kustomization includes it. */
    private static boolean canBeWhole(ManifestSet set, ManifestFile file) {
        for (KubeObject o : file.objects()) {
            if (!o.podTemplates().isEmpty() && !o.isPartial()) {
                return true;
            }
        }
        List<Kustomization> including = set.kustomizationsIncluding(file);
        for (Kustomization k : including) {
            if (set.isComplete(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean selectsControllerLabels(Service service) {
        for (Field entry : service.selector().entries()) {
            for (String prefix : CONTROLLER_LABEL_PREFIXES) {
                if (entry.key().startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any pod template of the set (in any namespace: namespaces of files are a guess) carries the labels. */
    private static boolean selectsAny(ManifestSet set, Service service) {
        for (KubeObject o : set.objects()) {
            for (PodTemplate t : o.podTemplates()) {
                if (service.selects(t) || selectsWithKustomizeLabels(set, service, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The selector holds once the labels kustomize adds to the template's pods are counted. */
    private static boolean selectsWithKustomizeLabels(ManifestSet set, Service service, PodTemplate template) {
        Optional<ManifestFile> file = set.fileOf(template.object());
        if (file.isEmpty()) {
            return false;
        }
        List<Kustomization> including = set.kustomizationsIncluding(file.get());
        if (including.isEmpty()) {
            return false;
        }
        for (Field want : service.selector().entries()) {
            Optional<String> have = template.labels().value(want.key());
            if (have.isPresent() && have.get().equals(want.textOrEmpty())) {
                continue;
            }
            if (!addedBy(including, want)) {
                return false;
            }
        }
        return true;
    }

    private static boolean addedBy(List<Kustomization> kustomizations, Field label) {
        for (Kustomization k : kustomizations) {
            for (StringMap added : k.templateLabels()) {
                Optional<String> v = added.value(label.key());
                if (v.isPresent() && v.get().equals(label.textOrEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }
}
