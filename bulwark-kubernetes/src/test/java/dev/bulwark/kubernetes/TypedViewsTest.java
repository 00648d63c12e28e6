package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static dev.bulwark.kubernetes.Manifests.object;
import static dev.bulwark.kubernetes.Manifests.problems;
import static dev.bulwark.kubernetes.Manifests.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedViewsTest {

    @Test
    void persistentVolumeClaim() {
        KubeObject o = object("""
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: model-store}
                spec:
                  accessModes: [ReadWriteOnce]
                  storageClassName: fast-ssd
                  resources:
                    requests:
                      storage: 100Gi
                """);
        PersistentVolumeClaim pvc = o.asPersistentVolumeClaim().get();
        assertThat(pvc.object()).containsSame(o);
        assertThat(pvc.nameText()).isEqualTo("model-store");
        assertThat(pvc.accessModes()).extracting(Field::textOrEmpty).containsExactly("ReadWriteOnce");
        assertThat(pvc.isSingleNodeWritable()).isTrue();
        assertThat(at(pvc.storageRequest().get().field().valueSpan())).isEqualTo("9:16 100Gi");
        assertThat(pvc.storageClassName().get().textOrEmpty()).isEqualTo("fast-ssd");
        assertThat(object("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: x}\n"
                + "spec: {accessModes: [ReadWriteOnce, ReadOnlyMany]}\n").asPersistentVolumeClaim().get()
                .isSingleNodeWritable()).isFalse();
        assertThat(o.asService()).isEmpty();
    }

    @Test
    void service() {
        KubeObject o = object("""
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec:
                  type: LoadBalancer
                  selector: {app: api}
                  ports:
                  - {name: http, port: 80, targetPort: http}
                  - {port: 9090, targetPort: 9090, nodePort: 30090}
                """);
        Service s = o.asService().get();
        assertThat(s.typeText()).isEqualTo("LoadBalancer");
        assertThat(s.selector().asMap()).containsEntry("app", "api");
        assertThat(s.ports()).hasSize(2);
        assertThat(s.ports().get(0).targetPort().get().textOrEmpty()).isEqualTo("http");
        assertThat(s.ports().get(1).portNumber()).hasValue(9090);
        assertThat(s.ports().get(1).nodePort().get().integer()).hasValue(30090);
        assertThat(s.isHeadless()).isFalse();
        assertThat(object("apiVersion: v1\nkind: Service\nmetadata: {name: h}\nspec: {clusterIP: None}\n")
                .asService().get().isHeadless()).isTrue();
        assertThat(object("apiVersion: v1\nkind: Service\nmetadata: {name: h}\n").asService().get().typeText())
                .isEqualTo("ClusterIP");
    }

    @Test
    void quotasAndLimitRanges() {
        ResourceQuota quota = object("""
                apiVersion: v1
                kind: ResourceQuota
                metadata: {name: team}
                spec:
                  hard:
                    requests.cpu: "20"
                    limits.memory: 64Gi
                    requests.nvidia.com/gpu: 4
                    pods: "50"
                """).asResourceQuota().get();
        assertThat(quota.hard().get("requests.nvidia.com/gpu").get().quantity().get().whole()).isEqualTo(4);
        assertThat(quota.hard().get("limits.memory").get().quantity().get().whole()).isEqualTo(64L << 30);

        LimitRange range = object("""
                apiVersion: v1
                kind: LimitRange
                metadata: {name: defaults}
                spec:
                  limits:
                  - type: Container
                    default: {cpu: 500m, memory: 512Mi}
                    defaultRequest: {cpu: 100m}
                    max: {memory: 8Gi}
                  - type: PersistentVolumeClaim
                    max: {storage: 50Gi}
                """).asLimitRange().get();
        assertThat(range.limits()).hasSize(2);
        assertThat(range.givesContainerDefaults()).isTrue();
        assertThat(range.limits().get(0).defaultLimits().get("memory").get().text()).isEqualTo("512Mi");
        assertThat(range.limits().get(1).typeText()).isEqualTo("PersistentVolumeClaim");
    }

    @Test
    void networkPolicy() {
        KubeObject o = object("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny}
                spec:
                  podSelector:
                    matchLabels: {app: db}
                    matchExpressions:
                    - {key: tier, operator: In, values: [data, cache]}
                  policyTypes: [Ingress]
                  ingress: []
                """);
        NetworkPolicy p = o.asNetworkPolicy().get();
        assertThat(p.policyTypes()).extracting(Field::textOrEmpty).containsExactly("Ingress");
        assertThat(p.ingress()).isPresent();
        assertThat(p.egress()).isEmpty();
        LabelSelector selector = p.podSelector().get();
        assertThat(selector.matchExpressions()).hasSize(1);
        PodTemplate db = Manifests.template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: db, labels: {app: db, tier: data}}
                spec: {containers: [{name: c, image: "postgres:16"}]}
                """);
        PodTemplate web = Manifests.template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: db, tier: web}}
                spec: {containers: [{name: c, image: "nginx:1"}]}
                """);
        assertThat(p.appliesTo(db)).isTrue();
        assertThat(p.appliesTo(web)).isFalse();
    }

    @Test
    void horizontalPodAutoscalersOfBothVersions() {
        HorizontalPodAutoscaler v2 = object("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: api}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  minReplicas: 2
                  maxReplicas: 10
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
                """).asHorizontalPodAutoscaler().get();
        assertThat(v2.targetKind().get().textOrEmpty()).isEqualTo("Deployment");
        assertThat(v2.maxReplicas().get().integer()).hasValue(10);
        assertThat(v2.metrics().get(0).resourceName().get().textOrEmpty()).isEqualTo("cpu");
        KubeObject api = object("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\n");
        KubeObject other = object("apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: api}\n");
        assertThat(v2.targets(api)).isTrue();
        assertThat(v2.targets(other)).isFalse();
        HorizontalPodAutoscaler v1 = object("""
                apiVersion: autoscaling/v1
                kind: HorizontalPodAutoscaler
                metadata: {name: api}
                spec:
                  scaleTargetRef: {kind: Deployment, name: api}
                  maxReplicas: 3
                  targetCPUUtilizationPercentage: 80
                """).asHorizontalPodAutoscaler().get();
        assertThat(v1.targetCpuUtilization().get().integer()).hasValue(80);
        assertThat(v1.targets(api)).isTrue();
    }

    @Test
    void autoscalerMetricsSayHowTheyAreCompared() {
        HorizontalPodAutoscaler v2 = object("""
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: api}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  maxReplicas: 10
                  metrics:
                  - type: Resource
                    resource: {name: memory, target: {type: AverageValue, averageValue: 1Gi}}
                  - type: ContainerResource
                    containerResource: {name: cpu, container: app, target: {type: Utilization, averageUtilization: 60}}
                  - type: Pods
                    pods: {metric: {name: qps}, target: {type: AverageValue, averageValue: "100"}}
                """).asHorizontalPodAutoscaler().get();
        assertThat(v2.metrics()).extracting(HorizontalPodAutoscaler.Metric::targetType)
                .containsExactly("AverageValue", "Utilization", "");
        assertThat(v2.metrics().get(1).isUtilization()).isTrue();
        assertThat(v2.metrics().get(1).container().get().textOrEmpty()).isEqualTo("app");
        assertThat(v2.metrics().get(0).container()).isEmpty();
        HorizontalPodAutoscaler v2beta1 = object("""
                apiVersion: autoscaling/v2beta1
                kind: HorizontalPodAutoscaler
                metadata: {name: api}
                spec:
                  scaleTargetRef: {kind: Deployment, name: api}
                  maxReplicas: 3
                  metrics:
                  - type: Resource
                    resource: {name: cpu, targetAverageUtilization: 50}
                  - type: Resource
                    resource: {name: memory, targetAverageValue: 500Mi}
                """).asHorizontalPodAutoscaler().get();
        assertThat(v2beta1.metrics()).extracting(HorizontalPodAutoscaler.Metric::targetType)
                .containsExactly("Utilization", "AverageValue");
    }

    @Test
    void secretsExposeTheirValuesWithSpansForRedaction() {
        ManifestFile f = read("""
                apiVersion: v1
                kind: Secret
                metadata: {name: db}
                type: Opaque
                data:
                  password: cGFzc3dvcmQ=
                  broken: not*base64
                  empty: ""
                stringData:
                  HF_TOKEN: hf_abcdef
                """);
        Secret s = f.objects().get(0).asSecret().get();
        assertThat(s.typeText()).isEqualTo("Opaque");
        assertThat(s.data()).extracting(Secret.Entry::key).containsExactly("password", "broken", "empty");
        Secret.Entry password = s.data().get(0);
        assertThat(password.isBase64()).isTrue();
        assertThat(password.plainValue()).contains("password");
        assertThat(at(password.valueSpan())).isEqualTo("6:13 cGFzc3dvcmQ=");
        assertThat(s.data().get(1).plainValue()).isEmpty();
        assertThat(s.data().get(2).isEmpty()).isTrue();
        Secret.Entry token = s.stringData().get(0);
        assertThat(token.isBase64()).isFalse();
        assertThat(token.plainValue()).contains("hf_abcdef");
        assertThat(s.entries()).hasSize(4);
        assertThat(problems(f)).containsExactly("7:11 value of `broken` in `data` is not base64");
    }

    @Test
    void serviceAccountsNamespacesAndConfigMaps() {
        ServiceAccount sa = object("""
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: runner}
                automountServiceAccountToken: false
                """).asServiceAccount().get();
        assertThat(sa.automountServiceAccountToken().get().isFalse()).isTrue();
        Namespace ns = object("""
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: ml
                  labels: {pod-security.kubernetes.io/enforce: restricted}
                """).asNamespace().get();
        assertThat(ns.name()).isEqualTo("ml");
        assertThat(ns.podSecurityEnforce().get().textOrEmpty()).isEqualTo("restricted");
        ConfigMap cm = object("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cfg}
                data:
                  MODEL_DIR: /models
                  config.json: |
                    {"a": 1}
                binaryData:
                  blob: AAE=
                """).asConfigMap().get();
        assertThat(cm.data().value("MODEL_DIR")).contains("/models");
        assertThat(cm.data().value("config.json")).contains("{\"a\": 1}\n");
        assertThat(cm.binaryDataKeys()).containsExactly("blob");
    }
}
