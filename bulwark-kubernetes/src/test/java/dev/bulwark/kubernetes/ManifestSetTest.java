package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestSetTest {

    @TempDir
    Path dir;

    private ManifestFile write(String relative, String yaml) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, yaml);
        return Manifests.read(relative, yaml, Optional.of(p));
    }

    private List<ManifestFile> kustomizeProject() throws IOException {
        List<ManifestFile> files = new ArrayList<>();
        files.add(write("base/kustomization.yaml", """
                resources:
                - deployment.yaml
                - service.yaml
                - pvc.yaml
                - https://github.com/acme/shared//base?ref=v1
                """));
        files.add(write("base/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                  namespace: ignored-by-kustomize
                spec:
                  selector: {matchLabels: {app: api}}
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      serviceAccountName: api
                      containers:
                      - name: app
                        image: ghcr.io/acme/api:latest
                        volumeMounts: [{name: models, mountPath: /models}]
                      volumes:
                      - name: models
                        persistentVolumeClaim: {claimName: model-store}
                """));
        files.add(write("base/service.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec:
                  selector: {app: api}
                  ports: [{port: 80}]
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: api}
                automountServiceAccountToken: false
                """));
        files.add(write("base/pvc.yaml", """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: model-store}
                spec:
                  accessModes: [ReadWriteOnce]
                  resources: {requests: {storage: 50Gi}}
                """));
        files.add(write("overlays/prod/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: prod
                resources:
                - ../../base
                - quota.yaml
                patches:
                - path: replicas-patch.yaml
                - patch: |-
                    - op: replace
                      path: /spec/replicas
                      value: 2
                  target: {kind: Deployment, name: api}
                patchesStrategicMerge:
                - resources.yaml
                images:
                - name: ghcr.io/acme/api
                  newTag: 1.2.3
                secretGenerator:
                - name: creds
                  literals: [TOKEN=abc]
                """));
        files.add(write("overlays/prod/replicas-patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  replicas: 3
                """));
        files.add(write("overlays/prod/resources.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers:
                      - name: app
                        image: ghcr.io/acme/api:latest
                        resources: {limits: {memory: 1Gi}}
                """));
        files.add(write("overlays/prod/quota.yaml", """
                apiVersion: v1
                kind: ResourceQuota
                metadata: {name: team}
                spec: {hard: {requests.cpu: "8"}}
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: api}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  maxReplicas: 5
                """));
        return files;
    }

    @Test
    void patchFilesNamedByAKustomizationArePartial() throws IOException {
        ManifestSet set = ManifestSet.of(kustomizeProject());
        ManifestFile smp = file(set, "overlays/prod/resources.yaml");
        assertThat(smp.partialReason()).contains(
                "patch in `overlays/prod/kustomization.yaml` (`patchesStrategicMerge`)");
        assertThat(smp.objects().get(0).isPartial()).as("a whole-looking patch is still a patch").isTrue();
        assertThat(smp.podTemplates().get(0).isPartial()).isTrue();
        ManifestFile replicas = file(set, "overlays/prod/replicas-patch.yaml");
        assertThat(replicas.objects().get(0).partialReason()).contains(
                "patch in `overlays/prod/kustomization.yaml` (`patches`)");
        assertThat(file(set, "base/deployment.yaml").objects().get(0).isPartial()).isFalse();
    }

    @Test
    void selectorlessAppsV1WorkloadsOutsideAnyKustomizationArePartial() throws IOException {
        String selectorless = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: manager}
                spec:
                  template:
                    spec:
                      containers:
                      - name: manager
                        image: ghcr.io/acme/manager:0.3.0
                """;
        List<ManifestFile> files = new ArrayList<>();
        files.add(write("overlay/manager_image_patch.yaml", selectorless + """
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: whole}
                spec:
                  selector: {matchLabels: {app: whole}}
                  template:
                    metadata: {labels: {app: whole}}
                    spec: {containers: [{name: c, image: "nginx:1.27"}]}
                """));
        files.add(write("base/manager.yaml", selectorless));
        files.add(write("base/kustomization.yaml", """
                resources:
                - manager.yaml
                commonLabels: {app: manager}
                """));
        files.add(write("legacy/deployment.yaml", selectorless.replace("apps/v1", "extensions/v1beta1")));
        ManifestSet set = ManifestSet.of(files);
        KubeObject patch = file(set, "overlay/manager_image_patch.yaml").objects().get(0);
        assertThat(patch.isPartial()).as("a patch whose kustomization is not in the set").isTrue();
        assertThat(patch.partialReason()).contains(
                "Deployment `manager` has no `spec.selector`, which apps/v1 requires: part of a kustomize patch or base");
        assertThat(file(set, "overlay/manager_image_patch.yaml").objects().get(1).isPartial())
                .as("only the selectorless object").isFalse();
        assertThat(file(set, "overlay/manager_image_patch.yaml").partialReason()).isEmpty();
        assertThat(file(set, "base/manager.yaml").objects().get(0).isPartial())
                .as("a base whose kustomization adds the selector").isFalse();
        assertThat(file(set, "legacy/deployment.yaml").objects().get(0).isPartial())
                .as("extensions/v1beta1 defaulted the selector from the template's labels").isFalse();
        assertThat(ManifestSet.of(List.of(Manifests.read(selectorless))).files().get(0).objects().get(0).isPartial())
                .as("read without a path").isTrue();
    }

    @Test
    void kustomizationsAreReadWithTheirEntries() throws IOException {
        ManifestSet set = ManifestSet.of(kustomizeProject());
        Kustomization prod = file(set, "overlays/prod/kustomization.yaml").kustomization().get();
        assertThat(prod.namespace().get().textOrEmpty()).isEqualTo("prod");
        assertThat(prod.resources()).extracting(Field::textOrEmpty).containsExactly("../../base", "quota.yaml");
        assertThat(prod.patches()).extracting(Kustomization.Patch::from)
                .containsExactly("patches", "patches", "patchesStrategicMerge");
        assertThat(prod.patches().get(1).inline()).isPresent();
        assertThat(prod.patches().get(1).path()).isEmpty();
        assertThat(prod.images().get(0).newTag().get().textOrEmpty()).isEqualTo("1.2.3");
        assertThat(prod.secretGenerators().get(0).literals()).extracting(Field::textOrEmpty).containsExactly("TOKEN=abc");
        assertThat(set.kustomizations()).hasSize(2);
        Kustomization base = file(set, "base/kustomization.yaml").kustomization().get();
        assertThat(base.resolve("https://github.com/acme/shared//base?ref=v1")).isEmpty();
        assertThat(base.resolve("deployment.yaml")).contains(dir.resolve("base/deployment.yaml").toAbsolutePath().normalize());
    }

    @Test
    void kustomizeNamespacesWinAndLookupsFollowThem() throws IOException {
        ManifestSet set = ManifestSet.of(kustomizeProject());
        KubeObject deployment = file(set, "base/deployment.yaml").objects().get(0);
        assertThat(set.namespaceOf(deployment)).isEqualTo("prod");
        assertThat(set.namespaces()).containsExactly("prod");
        assertThat(set.objectsIn("prod")).extracting(KubeObject::displayName).containsExactly(
                "Deployment `api`", "PersistentVolumeClaim `model-store`", "Service `api`", "ServiceAccount `api`",
                "ResourceQuota `team`", "HorizontalPodAutoscaler `api`");
        assertThat(set.workloadsIn("prod")).hasSize(1);
        PodTemplate t = deployment.podTemplates().get(0);
        assertThat(set.claimFor(t.volume("models").get(), t).get().nameText()).isEqualTo("model-store");
        assertThat(set.servicesSelecting(t)).extracting(s -> s.object().nameText()).containsExactly("api");
        assertThat(set.autoscalersFor(deployment)).hasSize(1);
        assertThat(set.quotasIn("prod")).hasSize(1);
        assertThat(set.limitRangesIn("prod")).isEmpty();
        assertThat(set.serviceAccountFor(t).get().automountServiceAccountToken().get().isFalse()).isTrue();
        assertThat(set.kustomizationsIncluding(file(set, "base/deployment.yaml")))
                .extracting(k -> k.source().path())
                .containsExactly("base/kustomization.yaml", "overlays/prod/kustomization.yaml");
        List<ImageOverride> overrides = set.imageOverridesFor(t.containers().get(0));
        assertThat(overrides).hasSize(1);
        assertThat(overrides.get(0).setsVersion()).isTrue();
        assertThat(set.anchorFor("prod").map(Manifests::at)).contains("4:9 api");
    }

    @Test
    void imageOverridesReachPatchFilesThroughTheKustomizationPatchingThem() throws IOException {
        ManifestSet set = ManifestSet.of(kustomizeProject());
        Container patched = file(set, "overlays/prod/resources.yaml").objects().get(0).podTemplates().get(0)
                .containers().get(0);
        List<ImageOverride> overrides = set.imageOverridesFor(patched);
        assertThat(overrides).extracting(o -> o.kustomization().source().path())
                .containsExactly("overlays/prod/kustomization.yaml");
        assertThat(set.kustomizationsIncluding(file(set, "overlays/prod/resources.yaml")))
                .as("a patch is not a resource of the kustomization").isEmpty();
    }

    @Test
    void patchesForNameThePatchesThatMayChangeAnObject() throws IOException {
        List<ManifestFile> files = kustomizeProject();
        files.add(write("base/worker.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: worker}
                spec:
                  template:
                    spec:
                      containers: [{name: w, image: ghcr.io/acme/worker:1.0.0}]
                """));
        files.set(0, write("base/kustomization.yaml", """
                resources: [deployment.yaml, service.yaml, pvc.yaml, worker.yaml]
                """));
        ManifestSet set = ManifestSet.of(files);
        KubeObject api = file(set, "base/deployment.yaml").objects().get(0);
        KubeObject worker = file(set, "base/worker.yaml").objects().get(0);
        KubeObject service = file(set, "base/service.yaml").objects().get(0);
        assertThat(set.patchesFor(api)).extracting(Kustomization.Patch::from)
                .as("the replicas file, the inline patch targeting it, the strategic-merge file")
                .containsExactly("patches", "patches", "patchesStrategicMerge");
        assertThat(set.patchesFor(worker)).as("no patch names `worker`").isEmpty();
        assertThat(set.patchesFor(service)).isEmpty();
        KubeObject loose = Manifests.read("loose.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: x}\n",
                Optional.empty()).objects().get(0);
        assertThat(set.patchesFor(loose)).isEmpty();
    }

    @Test
    void kustomizationsSayWhichLabelsTheyAddToPodTemplates() {
        Kustomization k = Manifests.read("kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                commonLabels: {app.kubernetes.io/part-of: shop}
                labels:
                - pairs: {team: ml}
                  includeSelectors: true
                - pairs: {tier: api}
                  includeTemplates: true
                - pairs: {owner: ops}
                """, Optional.empty()).kustomization().get();
        assertThat(k.templateLabels()).extracting(m -> m.asMap().toString())
                .containsExactly("{app.kubernetes.io/part-of=shop}", "{team=ml}", "{tier=api}");
    }

    @Test
    void aKustomizationIsCompleteWhenEverythingItBuildsFromIsInTheSet() throws IOException {
        List<ManifestFile> files = kustomizeProject();
        ManifestSet set = ManifestSet.of(files);
        Kustomization base = file(set, "base/kustomization.yaml").kustomization().get();
        Kustomization prod = file(set, "overlays/prod/kustomization.yaml").kustomization().get();
        assertThat(set.isComplete(base)).as("a remote resource").isFalse();
        assertThat(set.isComplete(prod)).as("its base is incomplete").isFalse();
        files.set(0, write("base/kustomization.yaml", "resources: [deployment.yaml, service.yaml, pvc.yaml]\n"));
        set = ManifestSet.of(files);
        assertThat(set.isComplete(file(set, "base/kustomization.yaml").kustomization().get())).isTrue();
        assertThat(set.isComplete(file(set, "overlays/prod/kustomization.yaml").kustomization().get())).isTrue();
        files.add(write("other/kustomization.yaml", "resources: [missing.yaml]\n"));
        set = ManifestSet.of(files);
        assertThat(set.isComplete(file(set, "other/kustomization.yaml").kustomization().get())).isFalse();
    }

    @Test
    void theOrderFilesAreGivenInDoesNotMatter() throws IOException {
        List<ManifestFile> files = kustomizeProject();
        List<String> forward = describe(ManifestSet.of(files));
        Collections.reverse(files);
        assertThat(describe(ManifestSet.of(files))).isEqualTo(forward);
    }

    @Test
    void withoutPathsObjectsUseTheirOwnNamespaceOrDefault() {
        ManifestFile a = Manifests.read("a.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec: {containers: [{name: c, image: "nginx:1.27"}]}
                ---
                apiVersion: v1
                kind: LimitRange
                metadata: {name: lr}
                spec: {limits: [{type: Container, default: {memory: 1Gi}}]}
                """, Optional.empty());
        ManifestFile b = Manifests.read("b.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: other}
                spec: {selector: {app: web}}
                ---
                apiVersion: v1
                kind: Namespace
                metadata: {name: other}
                """, Optional.empty());
        ManifestSet set = ManifestSet.of(List.of(a, b));
        KubeObject web = set.files().get(0).objects().get(0);
        assertThat(set.namespaceOf(web)).isEqualTo("default");
        assertThat(set.namespaceOf(set.files().get(1).objects().get(1))).isEmpty();
        assertThat(set.namespaces()).containsExactly("default", "other");
        assertThat(set.servicesSelecting(web.podTemplates().get(0))).as("other namespace").isEmpty();
        assertThat(set.limitRangesIn("default")).hasSize(1);
        assertThat(set.anchorFor("other").map(Manifests::at)).contains("8:18 other");
        assertThat(set.fileOf(web)).containsSame(set.files().get(0));
    }

    private static ManifestFile file(ManifestSet set, String path) {
        for (ManifestFile f : set.files()) {
            if (f.source().path().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no " + path);
    }

    private static List<String> describe(ManifestSet set) {
        List<String> out = new ArrayList<>();
        for (ManifestFile f : set.files()) {
            for (KubeObject o : f.objects()) {
                out.add(f.source().path() + " " + o.displayName() + " " + set.namespaceOf(o) + " " + o.isPartial());
            }
        }
        return out;
    }

    @Test
    void spansOfKustomizationEntriesAreExact() throws IOException {
        ManifestSet set = ManifestSet.of(kustomizeProject());
        Kustomization prod = file(set, "overlays/prod/kustomization.yaml").kustomization().get();
        assertThat(at(prod.images().get(0).newTag().get().valueSpan())).isEqualTo("18:11 1.2.3");
    }
}
