package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlDocument;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;

/**
 * Decides whether a parsed YAML file is Kubernetes, by content and by name. A manifest has a
 * document that is a mapping with {@code apiVersion} and {@code kind} as scalar keys at its top
 * (the objects' own contract). Kustomizations are recognised by name as well, since many omit
 * {@code apiVersion} and {@code kind}. Helm's {@code Chart.yaml} has {@code apiVersion} but no
 * {@code kind}, and values files have neither: both are {@link Kind#NONE} (a chart's templates are
 * caught earlier, on their text, by {@link HelmTemplates}).
 */
public final class ManifestClassifier {

    /** What a YAML file is, for Kubernetes. */
    public enum Kind {
        /** Holds at least one object ({@code apiVersion} and {@code kind}). */
        MANIFEST,
        /** A kustomization (by name, or {@code kind: Kustomization}/{@code Component} of {@code kustomize.config.k8s.io}). */
        KUSTOMIZATION,
        /** Not Kubernetes: a Compose file, a values file, {@code Chart.yaml}, a CI workflow... */
        NONE
    }

    private ManifestClassifier() {
    }

    /** True when some document is a mapping with {@code apiVersion} and {@code kind} keys whose values are scalars. */
    public static boolean isManifest(YamlFile file) {
        for (YamlDocument d : file.documents()) {
            if (d.root() instanceof YamlMapping m && hasScalar(m, "apiVersion") && hasScalar(m, "kind")) {
                return true;
            }
        }
        return false;
    }

    /** {@code kustomization.yaml}, {@code kustomization.yml} or {@code Kustomization}: the names kustomize reads. */
    public static boolean isKustomizationFileName(String fileName) {
        return fileName.equals("kustomization.yaml") || fileName.equals("kustomization.yml")
                || fileName.equals("Kustomization");
    }

    /** Classifies a parsed file; {@code fileName} is its base name ({@code ""} for standard input). */
    public static Kind classify(String fileName, YamlFile file) {
        if (isKustomizationFileName(fileName)) {
            return Kind.KUSTOMIZATION;
        }
        for (YamlDocument d : file.documents()) {
            if (d.root() instanceof YamlMapping m && hasScalar(m, "apiVersion") && hasScalar(m, "kind")) {
                String kind = scalar(m, "kind");
                String group = ApiVersions.group(scalar(m, "apiVersion"));
                if (group.equals("kustomize.config.k8s.io") && (kind.equals("Kustomization") || kind.equals("Component"))) {
                    return Kind.KUSTOMIZATION;
                }
                return Kind.MANIFEST;
            }
        }
        return Kind.NONE;
    }

    private static boolean hasScalar(YamlMapping m, String key) {
        for (YamlEntry e : m.entries()) {
            if (e.key() instanceof YamlScalar k && k.value().equals(key)) {
                return e.value() instanceof YamlScalar v && !Scalars.isNull(v);
            }
        }
        return false;
    }

    private static String scalar(YamlMapping m, String key) {
        for (YamlEntry e : m.entries()) {
            if (e.key() instanceof YamlScalar k && k.value().equals(key) && e.value() instanceof YamlScalar v) {
                return v.value();
            }
        }
        return "";
    }
}
