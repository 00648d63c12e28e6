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
 * neither a ResourceQuota nor a LimitRange in the set. Reported at the Namespace object. A
 * namespace the manifests only deploy into is someone else's to bound and is not judged.
 *
 * <p>Only the workloads deployed together with the Namespace object count ({@link Unit}): those of
 * its file, of files in its folder or below, and of files included by a kustomization that
 * includes it too; a file that declares the same Namespace itself is a deployment of its own (two
 * install bundles of different releases side by side). Unrelated manifests checked in one run (two
 * projects that both use {@code kubeflow}, kubebuilder's placeholder namespace {@code system} that
 * kustomize renames) are not one deployment.
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
            if (!set.quotasIn(namespace).isEmpty() || !set.limitRangesIn(namespace).isEmpty()) {
                continue;
            }
            Unit unit = new Unit(set, ctx.file(), namespace);
            int workloads = unit.workloads();
            if (workloads >= WORKLOADS && unit.declaresFirst(o)) {
                sink.report(o.locator(), "namespace `" + namespace + "` has " + workloads
                        + " workloads and no ResourceQuota or LimitRange");
            }
        }
    }

    /** The files deployed together with a file that declares a namespace. */
    private static final class Unit {
        private final ManifestSet set;
        private final ManifestFile home;
        private final String namespace;
        private final Optional<Path> folder;
        private final List<Kustomization> kustomizations;

        Unit(ManifestSet set, ManifestFile home, String namespace) {
            this.set = set;
            this.home = home;
            this.namespace = namespace;
            Optional<Path> path = absolute(home);
            this.folder = path.isPresent() ? Optional.ofNullable(path.get().getParent()) : Optional.empty();
            this.kustomizations = set.kustomizationsIncluding(home);
        }

        int workloads() {
            int count = 0;
            for (Workload w : set.workloadsIn(namespace)) {
                Optional<ManifestFile> file = set.fileOf(w.object());
                if (file.isPresent() && (file.get() == home || (together(file.get()) && !declaresNamespace(file.get())))) {
                    count++;
                }
            }
            return count;
        }

        /** True when no file of the unit declares the namespace before {@code namespace} (one finding per unit). */
        boolean declaresFirst(KubeObject declaration) {
            for (KubeObject o : set.objects()) {
                if (o == declaration) {
                    return true;
                }
                Optional<ManifestFile> file = set.fileOf(o);
                if (o.is(KnownKind.NAMESPACE) && !o.isPartial() && o.nameText().equals(namespace) && file.isPresent()
                        && (file.get() == home || together(file.get()))) {
                    return false;
                }
            }
            return true;
        }

        private boolean together(ManifestFile file) {
            Optional<Path> path = absolute(file);
            if (folder.isPresent() && path.isPresent() && path.get().startsWith(folder.get())) {
                return true;
            }
            for (Kustomization k : set.kustomizationsIncluding(file)) {
                if (kustomizations.contains(k)) {
                    return true;
                }
            }
            return false;
        }

        private boolean declaresNamespace(ManifestFile file) {
            for (KubeObject o : file.objects()) {
                if (o.is(KnownKind.NAMESPACE) && o.nameText().equals(namespace)) {
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
    }
}
