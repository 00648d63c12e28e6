package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static dev.bulwark.kubernetes.Manifests.object;
import static dev.bulwark.kubernetes.Manifests.problems;
import static dev.bulwark.kubernetes.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeCasesTest {

    @Test
    void aliasedValuesPointAtTheirAnchorAndReportOnce() {
        ManifestFile f = read("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: a}
                  spec:
                    template:
                      spec:
                        containers:
                        - &app
                          name: app
                          image: app:1
                          resources:
                            limits: {memory: 1GB}
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: b}
                  spec:
                    template:
                      spec:
                        containers:
                        - *app
                """);
        Container a = f.objects().get(0).podTemplates().get(0).containers().get(0);
        Container b = f.objects().get(1).podTemplates().get(0).containers().get(0);
        assertThat(at(b.image().get().valueSpan())).isEqualTo("13:18 app:1");
        assertThat(b.image().get().valueSpan()).isEqualTo(a.image().get().valueSpan());
        assertThat(b.template().span().contains(b.span())).as("the container is written elsewhere").isFalse();
        assertThat(problems(f)).containsExactly("15:30 `1GB` is not a quantity for `memory`");
        assertThat(f.problems().get(0).span().text()).isEqualTo("1GB");
    }

    @Test
    void mergeKeysApplyAndKeepTheirDefinitionSpans() {
        PodTemplate t = Manifests.template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - <<: &defaults
                      image: base:1
                      imagePullPolicy: IfNotPresent
                    name: app
                """);
        Container c = t.containers().get(0);
        assertThat(c.imageText()).isEqualTo("base:1");
        assertThat(at(c.image().get().span())).isEqualTo("7:7 image: base:1");
    }

    @Test
    void strategicMergeDirectivesMakeAnObjectPartial() {
        KubeObject o = object("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                      - name: sidecar
                        $patch: delete
                """);
        assertThat(o.partialReason()).contains("container `sidecar` holds a strategic-merge patch directive");
        KubeObject noTemplate = object("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  replicas: 3
                """);
        assertThat(noTemplate.podTemplates()).isEmpty();
        assertThat(noTemplate.partialReason()).contains("Deployment without `spec.template`");
    }

    @Test
    void nestedListsAndEmbeddedObjectsAreBounded() {
        ManifestFile f = ManifestFile.read(new dev.bulwark.yaml.YamlParser().parse(
                new dev.bulwark.core.SourceText("deep.yaml", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n"
                        + "  kind: List\n  items:\n  - apiVersion: v1\n    kind: List\n    items:\n    - apiVersion: v1\n"
                        + "      kind: List\n      items:\n      - apiVersion: v1\n        kind: List\n        items:\n"
                        + "        - {apiVersion: v1, kind: ConfigMap, metadata: {name: deep}}\n")), Optional.empty());
        assertThat(f.objects()).hasSize(1);
        assertThat(f.objects().get(0).kind()).as("lists nest at most four deep").isEqualTo("List");

        KubeObject experiment = object("""
                apiVersion: kubeflow.org/v1beta1
                kind: Experiment
                metadata: {name: e}
                spec:
                  trialTemplate:
                    trialSpec:
                      apiVersion: kubeflow.org/v1beta1
                      kind: Experiment
                      spec:
                        trialTemplate:
                          trialSpec:
                            apiVersion: batch/v1
                            kind: Job
                            spec:
                              template:
                                spec:
                                  containers: [{name: c, image: "c:1"}]
                """);
        assertThat(experiment.podTemplates()).hasSize(1);
        assertThat(experiment.podTemplates().get(0).role())
                .isEqualTo("trial spec (Experiment) trial spec (Job) pod template");
    }

    @Test
    void kustomizeCyclesComponentsAndPluginConfigs(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a/kustomization.yaml");
        Path b = dir.resolve("b/kustomization.yaml");
        Path c = dir.resolve("c/kustomization.yaml");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        Files.createDirectories(c.getParent());
        String ka = "namespace: ns-a\nresources: [../b, cm.yaml]\ncomponents: [../c]\ntransformers: [labels.yaml]\n";
        String kb = "resources: [../a]\n";
        String kc = "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: p.yaml\n";
        String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n";
        String labels = "apiVersion: builtin\nkind: LabelTransformer\nmetadata: {name: l}\nlabels: {team: ml}\n";
        String patch = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\ndata: {a: b}\n";
        ManifestSet set = ManifestSet.of(List.of(
                Manifests.read("a/kustomization.yaml", ka, Optional.of(a)),
                Manifests.read("b/kustomization.yaml", kb, Optional.of(b)),
                Manifests.read("c/kustomization.yaml", kc, Optional.of(c)),
                Manifests.read("a/cm.yaml", cm, Optional.of(dir.resolve("a/cm.yaml"))),
                Manifests.read("a/labels.yaml", labels, Optional.of(dir.resolve("a/labels.yaml"))),
                Manifests.read("c/p.yaml", patch, Optional.of(dir.resolve("c/p.yaml")))));
        assertThat(set.files()).extracting(mf -> mf.source().path()).containsExactly("a/cm.yaml",
                "a/kustomization.yaml", "a/labels.yaml", "b/kustomization.yaml", "c/kustomization.yaml", "c/p.yaml");
        assertThat(set.kustomizations()).hasSize(3);
        KubeObject configMap = set.files().get(0).objects().get(0);
        assertThat(set.namespaceOf(configMap)).isEqualTo("ns-a");
        assertThat(set.kustomizationsIncluding(set.files().get(0))).extracting(k -> k.source().path())
                .containsExactly("a/kustomization.yaml", "b/kustomization.yaml");
        assertThat(set.files().get(2).partialReason().get()).startsWith("kustomize plugin configuration");
        assertThat(set.files().get(5).partialReason().get()).startsWith("patch in `c/kustomization.yaml`");
        assertThat(set.files().get(4).kustomization().get().isComponent()).isTrue();
        assertThat(set.files().get(1).kustomization().get().isComponent()).isFalse();
    }

    @Test
    void stringsToKubernetesAreNotAlwaysStringsToYaml() {
        ManifestFile f = read("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: ${POD_NAME}
                  labels:
                    version: "1.0"
                    release: 2024-01-01
                spec:
                  containers:
                  - name: app
                    image: ${IMAGE}
                """);
        assertThat(f.objects().get(0).nameText()).isEqualTo("${POD_NAME}");
        assertThat(f.podTemplates().get(0).containers().get(0).imageText()).isEqualTo("${IMAGE}");
        assertThat(problems(f)).isEmpty();
    }

    @Test
    void platformPlaceholdersAreNotJudgedForTheirType() {
        ManifestFile argo = read("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: t-}
                spec:
                  templates:
                  - name: train
                    activeDeadlineSeconds: "{{inputs.parameters.deadline}}"
                    container:
                      image: trainer:1
                      resources:
                        limits: {memory: "{{inputs.parameters.memory}}", cpu: 2GB}
                """);
        assertThat(problems(argo)).containsExactly("11:63 `2GB` is not a quantity for `cpu`");
        Container c = argo.podTemplates().get(0).containers().get(0);
        assertThat(c.resources().limit("memory").get().quantity()).isEmpty();
        ManifestFile katib = read("""
                apiVersion: kubeflow.org/v1beta1
                kind: Experiment
                metadata: {name: e}
                spec:
                  trialTemplate:
                    trialSpec:
                      apiVersion: batch/v1
                      kind: Job
                      spec:
                        parallelism: ${trialParameters.workers}
                        template:
                          spec:
                            containers: [{name: c, image: "c:1"}]
                """);
        assertThat(katib.problems()).isEmpty();
    }
}
