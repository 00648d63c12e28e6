package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static dev.bulwark.kubernetes.Manifests.object;
import static dev.bulwark.kubernetes.Manifests.problems;
import static dev.bulwark.kubernetes.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectsTest {

    @Test
    void anObjectKnowsItsIdentityWithSpans() {
        KubeObject o = object("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  namespace: serving
                  labels:
                    app: web
                  annotations:
                    bulwark.dev/ignore: "KU001,KU002"
                spec: {}
                """);
        assertThat(o.apiVersion()).isEqualTo("apps/v1");
        assertThat(o.group()).isEqualTo("apps");
        assertThat(o.version()).isEqualTo("v1");
        assertThat(o.kind()).isEqualTo("Deployment");
        assertThat(o.knownKind()).isEqualTo(KnownKind.DEPLOYMENT);
        assertThat(at(o.kindField().valueSpan())).isEqualTo("2:7 Deployment");
        assertThat(at(o.name().get().valueSpan())).isEqualTo("4:9 web");
        assertThat(at(o.namespace().get().valueSpan())).isEqualTo("5:14 serving");
        assertThat(o.labels().asMap()).containsExactly(java.util.Map.entry("app", "web"));
        assertThat(at(o.annotations().get("bulwark.dev/ignore").get().valueSpan()))
                .isEqualTo("9:25 \"KU001,KU002\"");
        assertThat(o.annotations().value("bulwark.dev/ignore")).contains("KU001,KU002");
        assertThat(o.displayName()).isEqualTo("Deployment `web`");
        assertThat(at(o.locator())).isEqualTo("4:9 web");
        assertThat(o.span().range().start()).isZero();
    }

    @Test
    void coreGroupHasAnEmptyGroupAndKindsNeedTheirGroup() {
        assertThat(object("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n").knownKind()).isEqualTo(KnownKind.SERVICE);
        assertThat(object("apiVersion: v1\nkind: Service\nmetadata: {name: s}\n").group()).isEmpty();
        assertThat(object("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: s}\n").knownKind())
                .isEqualTo(KnownKind.KNATIVE_SERVICE);
        assertThat(object("apiVersion: example.com/v1\nkind: Deployment\nmetadata: {name: d}\n").knownKind())
                .isEqualTo(KnownKind.OTHER);
        assertThat(object("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: d}\n").knownKind())
                .isEqualTo(KnownKind.DEPLOYMENT);
    }

    @Test
    void multiDocumentFilesKeepDocumentIndexesAndSkipEmptyDocuments() {
        ManifestFile f = read("""
                ---
                # only a comment
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                ---
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: b}
                """);
        assertThat(f.objects()).hasSize(2);
        assertThat(f.objects().get(0).nameText()).isEqualTo("a");
        assertThat(f.objects().get(1).nameText()).isEqualTo("b");
        assertThat(f.objects().get(1).documentIndex()).isGreaterThan(f.objects().get(0).documentIndex());
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void listsAreFlattenedIntoTheirItems() {
        ManifestFile f = read("""
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: Service
                  metadata: {name: svc}
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata: {name: web}
                  spec:
                    template:
                      spec:
                        containers: [{name: app, image: "nginx:1.27"}]
                - just a string
                """);
        assertThat(f.objects()).extracting(KubeObject::displayName)
                .containsExactly("Service `svc`", "Deployment `web`");
        assertThat(f.objects().get(1).listIndex()).contains(1);
        assertThat(f.objects().get(1).podTemplates()).hasSize(1);
        assertThat(problems(f)).containsExactly("14:3 item of `List` is not a mapping");
    }

    @Test
    void typedListKindsAreFlattenedToo() {
        ManifestFile f = read("""
                apiVersion: v1
                kind: ConfigMapList
                items:
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: one}}
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: two}}
                """);
        assertThat(f.objects()).extracting(KubeObject::nameText).containsExactly("one", "two");
    }

    @Test
    void documentsThatAreNotObjectsAreProblemsOnlyBesideObjects() {
        ManifestFile mixed = read("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                ---
                - just
                - a list
                ---
                name: no-kind
                apiVersion: v1
                ---
                plain scalar
                """);
        assertThat(problems(mixed)).containsExactly(
                "5:1 document is not a mapping",
                "8:1 document without `kind`",
                "11:1 document is not a mapping");
        assertThat(mixed.problems().get(0).kind()).isEqualTo(ProblemKind.NOT_AN_OBJECT);

        ManifestFile values = read("""
                replicaCount: 2
                image:
                  repository: nginx
                """);
        assertThat(values.objects()).isEmpty();
        assertThat(values.problems()).isEmpty();
    }

    @Test
    void identityFieldsOfTheWrongTypeAreProblems() {
        ManifestFile f = read("""
                apiVersion: 1
                kind: ConfigMap
                metadata:
                  name: [a]
                  labels:
                    version: 1
                    enabled: yes
                    quoted: "1"
                    country: NO
                  annotations: just-a-string
                """);
        assertThat(problems(f)).containsExactly(
                "1:13 `apiVersion` is not a string",
                "4:9 `name` is not a string",
                "6:14 value of `version` in `labels` is not a string (quote it)",
                "7:14 value of `enabled` in `labels` is not a string (quote it)",
                "9:14 value of `country` in `labels` is not a string (quote it)",
                "10:16 `annotations` is not a mapping");
        assertThat(f.problems().get(1).kind()).isEqualTo(ProblemKind.WRONG_TYPE);
    }

    @Test
    void unnamedObjectsAreShownByGenerateNameOrKind() {
        KubeObject generated = object("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata:
                  generateName: train-
                spec: {}
                """);
        assertThat(generated.displayName()).isEqualTo("Workflow `train-` (generateName)");
        assertThat(at(generated.locator())).isEqualTo("4:17 train-");
        KubeObject anonymous = object("apiVersion: v1\nkind: ConfigMap\n");
        assertThat(anonymous.displayName()).isEqualTo("ConfigMap");
        assertThat(at(anonymous.locator())).isEqualTo("2:7 ConfigMap");
    }

    @Test
    void clusterScopedKindsAreKnown() {
        assertThat(object("apiVersion: v1\nkind: Namespace\nmetadata: {name: ml}\n").isClusterScoped()).isTrue();
        assertThat(object("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n").isClusterScoped())
                .isFalse();
    }

    @Test
    void kubernetesReadsYaml11BooleansAndYaml12Integers() {
        ManifestFile f = read("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  hostNetwork: yes
                  hostPID: "true"
                  hostIPC: off
                  containers:
                  - name: app
                    image: app:1
                    ports:
                    - containerPort: 0x1F90
                """);
        PodTemplate t = f.podTemplates().get(0);
        assertThat(t.hostNetwork().get().isTrue()).isTrue();
        assertThat(t.hostPID().get().isTrue()).isFalse();
        assertThat(t.hostIPC().get().isFalse()).isTrue();
        assertThat(t.containers().get(0).ports().get(0).number()).hasValue(8080);
        assertThat(problems(f)).containsExactly("6:12 `hostPID` is not a boolean");
    }
}
