package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import org.junit.jupiter.api.Test;

class ManifestClassifierTest {

    private static YamlFile yaml(String text) {
        return new YamlParser().parse(new SourceText("f.yaml", text));
    }

    @Test
    void manifestsHaveApiVersionAndKindInSomeDocument() {
        YamlFile manifest = yaml("---\n# leading comment\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
        assertThat(ManifestClassifier.isManifest(manifest)).isTrue();
        assertThat(ManifestClassifier.classify("svc.yaml", manifest)).isEqualTo(ManifestClassifier.Kind.MANIFEST);
    }

    @Test
    void chartsValuesComposeAndWorkflowsAreNot() {
        YamlFile chart = yaml("apiVersion: v2\nname: demo\nversion: 0.1.0\ntype: application\n");
        assertThat(ManifestClassifier.classify("Chart.yaml", chart)).isEqualTo(ManifestClassifier.Kind.NONE);
        YamlFile values = yaml("image:\n  repository: nginx\n  tag: latest\nkind: notAScalarKey\n");
        assertThat(ManifestClassifier.classify("values.yaml", values)).isEqualTo(ManifestClassifier.Kind.NONE);
        YamlFile compose = yaml("services:\n  web:\n    image: nginx\n");
        assertThat(ManifestClassifier.isManifest(compose)).isFalse();
        YamlFile nested = yaml("kind:\n  apiVersion: v1\napiVersion: v1\n");
        assertThat(ManifestClassifier.isManifest(nested)).as("kind must be a scalar").isFalse();
        YamlFile emptyKind = yaml("apiVersion: v1\nkind:\n");
        assertThat(ManifestClassifier.isManifest(emptyKind)).isFalse();
    }

    @Test
    void kustomizationsByNameOrByKind() {
        YamlFile bare = yaml("resources:\n- deployment.yaml\n");
        assertThat(ManifestClassifier.classify("kustomization.yaml", bare)).isEqualTo(ManifestClassifier.Kind.KUSTOMIZATION);
        assertThat(ManifestClassifier.classify("kustomization.yml", bare)).isEqualTo(ManifestClassifier.Kind.KUSTOMIZATION);
        assertThat(ManifestClassifier.classify("Kustomization", bare)).isEqualTo(ManifestClassifier.Kind.KUSTOMIZATION);
        assertThat(ManifestClassifier.classify("other.yaml", bare)).isEqualTo(ManifestClassifier.Kind.NONE);
        YamlFile typed = yaml("apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n");
        assertThat(ManifestClassifier.classify("component.yaml", typed)).isEqualTo(ManifestClassifier.Kind.KUSTOMIZATION);
        YamlFile flux = yaml("apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps}\n");
        assertThat(ManifestClassifier.classify("apps.yaml", flux)).as("a Flux object is a cluster object")
                .isEqualTo(ManifestClassifier.Kind.MANIFEST);
    }

    @Test
    void aKustomizationFileIsReadAsOneAndHoldsNoObjects() {
        ManifestFile f = Manifests.read("kustomization.yaml", "resources: [a.yaml]\nnamespace: ml\n",
                java.util.Optional.of(java.nio.file.Path.of("k/kustomization.yaml")));
        assertThat(f.kustomization()).isPresent();
        assertThat(f.objects()).isEmpty();
        assertThat(f.problems()).isEmpty();
        ManifestFile flux = Manifests.read("""
                apiVersion: kustomize.toolkit.fluxcd.io/v1
                kind: Kustomization
                metadata: {name: apps}
                """);
        assertThat(flux.kustomization()).isEmpty();
        assertThat(flux.objects()).hasSize(1);
    }
}
