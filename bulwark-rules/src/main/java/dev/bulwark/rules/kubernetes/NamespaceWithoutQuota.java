package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.Kustomization;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.Workload;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A namespace that the set creates (a Namespace object) and fills with several workloads, with
 * neither a ResourceQuota nor a LimitRange in the set. Reported once, at the Namespace object. A
 * namespace the manifests only deploy into is someone else's to bound and is not judged.
 *
 * <p>Only the workloads deployed together with the Namespace count: those in its file's folder or
 * below, or included by a kustomization that includes the Namespace too. Unrelated manifests
 * checked in one run (two projects that both use {@code kubeflow}, kubebuilder's placeholder
 * namespace {@code system} that kustomize renames) are not one deployment.
 */
@RuleInfo(code = "KU006", name = "namespace-without-quota", practice = Practice.RESOURCE_LIMITS,
        severity = Severity.INFO,
        summary = "A namespace with several workloads has no ResourceQuota or LimitRange.",
        fix = "Add a ResourceQuota (total CPU, memory, GPUs) and a LimitRange (container defaults) to the namespace.")
public final class NamespaceWithoutQuota implements KubernetesRule {
    private static final int WORKLOADS = 2;

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        ManifestSet set = ctx.set();
        for (KubeObject o : ctx.file().objects()) {
            if (!o.is(KnownKind.NAMESPACE) || o.isPartial() || o.nameText().isEmpty()) {
                continue;
            }
            String namespace = o.nameText();
            int workloads = deployedWith(set, o, namespace);
            if (workloads >= WORKLOADS && set.quotasIn(namespace).isEmpty() && set.limitRangesIn(namespace).isEmpty()
                    && isFirstDeclaration(set, o)) {
                sink.report(o.locator(), "namespace `" + namespace + "` has " + workloads
                        + " workloads and no ResourceQuota or LimitRange");
            }
        }
    }

    private static int deployedWith(ManifestSet set, KubeObject namespace, String name) {
        Optional<ManifestFile> home = set.fileOf(namespace);
        if (home.isEmpty()) {
            return 0;
        }
        List<Kustomization> homeKustomizations = set.kustomizationsIncluding(home.get());
        Optional<Path> homePath = absolute(home.get());
        Optional<Path> folder = homePath.isPresent() ? Optional.ofNullable(homePath.get().getParent()) : Optional.empty();
        int count = 0;
        for (Workload w : set.workloadsIn(name)) {
            Optional<ManifestFile> file = set.fileOf(w.object());
            if (file.isPresent() && together(set, home.get(), folder, homeKustomizations, file.get())) {
                count++;
            }
        }
        return count;
    }

    private static boolean together(ManifestSet set, ManifestFile home, Optional<Path> folder,
                                    List<Kustomization> homeKustomizations, ManifestFile file) {
        if (file == home) {
            return true;
        }
        Optional<Path> path = absolute(file);
        if (folder.isPresent() && path.isPresent() && path.get().startsWith(folder.get())) {
            return true;
        }
        for (Kustomization k : set.kustomizationsIncluding(file)) {
            if (homeKustomizations.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Path> absolute(ManifestFile file) {
        if (file.path().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(file.path().get().toAbsolutePath().normalize());
        } catch (java.io.IOError | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Several files may declare the same Namespace: report at the first only. */
    private static boolean isFirstDeclaration(ManifestSet set, KubeObject namespace) {
        for (KubeObject o : set.objects()) {
            if (o.is(KnownKind.NAMESPACE) && !o.isPartial() && o.nameText().equals(namespace.nameText())) {
                return o == namespace;
            }
        }
        return false;
    }
}
