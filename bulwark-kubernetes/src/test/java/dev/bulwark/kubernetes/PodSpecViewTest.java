package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static dev.bulwark.kubernetes.Manifests.names;
import static dev.bulwark.kubernetes.Manifests.object;
import static dev.bulwark.kubernetes.Manifests.problems;
import static dev.bulwark.kubernetes.Manifests.read;
import static dev.bulwark.kubernetes.Manifests.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PodSpecViewTest {

    static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              replicas: 3
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api, tier: web}
                  annotations: {prometheus.io/scrape: "true"}
                spec:
                  serviceAccountName: api-sa
                  automountServiceAccountToken: false
                  hostNetwork: false
                  runtimeClassName: nvidia
                  nodeSelector: {gpu: a100}
                  tolerations:
                  - key: nvidia.com/gpu
                    operator: Exists
                    effect: NoSchedule
                  affinity:
                    nodeAffinity: {}
                  initContainers:
                  - name: fetch-model
                    image: busybox:1.36
                    command: ["sh", "-c", "wget $URL"]
                  containers:
                  - name: app
                    image: ghcr.io/acme/api:1.2.3
                    imagePullPolicy: Always
                    args: [--port, "8080"]
                    env:
                    - name: MODE
                      value: prod
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: db, key: password}
                    - name: POD_IP
                      valueFrom:
                        fieldRef: {fieldPath: status.podIP}
                    envFrom:
                    - secretRef: {name: api-secrets}
                    - configMapRef: {name: api-config}
                      prefix: CFG_
                    ports:
                    - containerPort: 8080
                      name: http
                    - containerPort: 9090
                      hostPort: 9090
                    readinessProbe:
                      httpGet: {path: /ready, port: http}
                    livenessProbe:
                      tcpSocket:
                        port: 8080
                    startupProbe:
                      exec:
                        command: [cat, /tmp/ready]
                    resources:
                      requests: {cpu: 500m, memory: 1Gi}
                      limits:
                        cpu: "2"
                        memory: 4Gi
                        nvidia.com/gpu: 1
                    volumeMounts:
                    - name: models
                      mountPath: /models
                      readOnly: true
                    - name: shm
                      mountPath: /dev/shm
                    - name: missing
                      mountPath: /nowhere
                  volumes:
                  - name: models
                    persistentVolumeClaim:
                      claimName: model-store
                  - name: shm
                    emptyDir:
                      medium: Memory
                      sizeLimit: 2Gi
                  - name: docker
                    hostPath:
                      path: /var/run/docker.sock
                      type: Socket
                  - name: scratch
            """;

    @Test
    void aDeploymentTemplateGivesContainersAndPodFields() {
        ManifestFile f = read(DEPLOYMENT);
        assertThat(f.problems()).isEmpty();
        KubeObject o = f.objects().get(0);
        PodTemplate t = o.podTemplates().get(0);
        assertThat(t.kind()).isEqualTo(TemplateKind.WORKLOAD);
        assertThat(t.role()).isEqualTo("pod template");
        assertThat(t.displayName()).isEqualTo("Deployment `api`");
        assertThat(at(t.roleSpan())).isEqualTo("9:3 template");
        assertThat(t.lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
        assertThat(t.hasPodSpec()).isTrue();
        assertThat(t.isPartial()).isFalse();
        assertThat(at(t.replicas().get().valueSpan())).isEqualTo("6:13 3");
        assertThat(t.labels().asMap()).containsEntry("tier", "web");
        assertThat(t.annotations().value("prometheus.io/scrape")).contains("true");
        assertThat(at(t.serviceAccountName().get().valueSpan())).isEqualTo("14:27 api-sa");
        assertThat(t.automountServiceAccountToken().get().isFalse()).isTrue();
        assertThat(t.hostNetwork().get().isFalse()).isTrue();
        assertThat(t.hostPID()).isEmpty();
        assertThat(t.runtimeClassName().get().textOrEmpty()).isEqualTo("nvidia");
        assertThat(t.nodeSelector().value("gpu")).contains("a100");
        assertThat(t.tolerations()).hasSize(1);
        assertThat(t.tolerations().get(0).keyText()).isEqualTo("nvidia.com/gpu");
        assertThat(t.hasNodeAffinity()).isTrue();
        assertThat(names(t.initContainers())).containsExactly("fetch-model");
        assertThat(names(t.containers())).containsExactly("app");
        assertThat(names(t.allContainers())).containsExactly("fetch-model", "app");
        assertThat(t.initContainers().get(0).isInit()).isTrue();
        assertThat(t.initContainers().get(0).displayName()).isEqualTo("init container `fetch-model`");
        assertThat(t.container("app").get().isInit()).isFalse();

        Workload w = o.workload().get();
        assertThat(w.replicaCount()).contains(3L);
        assertThat(w.selector().get().matchLabels().asMap()).containsEntry("app", "api");
        assertThat(w.selector().get().matches(t.labels())).isTrue();
        assertThat(w.runsOnEveryNode()).isFalse();
    }

    @Test
    void containerFieldsCarryTheirSpans() {
        Container c = read(DEPLOYMENT).podTemplates().get(0).container("app").get();
        assertThat(c.kind()).isEqualTo(ContainerKind.MAIN);
        assertThat(c.displayName()).isEqualTo("container `app`");
        assertThat(at(c.locator())).isEqualTo("30:15 app");
        assertThat(at(c.image().get().valueSpan())).isEqualTo("31:16 ghcr.io/acme/api:1.2.3");
        assertThat(c.imageText()).isEqualTo("ghcr.io/acme/api:1.2.3");
        assertThat(c.imageFromRuntime()).isFalse();
        assertThat(c.imagePullPolicy().get().textOrEmpty()).isEqualTo("Always");
        assertThat(c.args()).extracting(Field::textOrEmpty).containsExactly("--port", "8080");
        assertThat(at(c.args().get(1).valueSpan())).isEqualTo("33:24 \"8080\"");
        assertThat(c.command()).isEmpty();
        assertThat(read(DEPLOYMENT).podTemplates().get(0).initContainers().get(0).command())
                .extracting(Field::textOrEmpty).containsExactly("sh", "-c", "wget $URL");
    }

    @Test
    void envSaysWhereEachValueComesFrom() {
        Container c = read(DEPLOYMENT).podTemplates().get(0).container("app").get();
        assertThat(c.env()).extracting(EnvVar::name).containsExactly("MODE", "DB_PASSWORD", "POD_IP");
        EnvVar mode = c.env("MODE").get();
        assertThat(mode.source()).isEqualTo(EnvSource.LITERAL);
        assertThat(mode.hasLiteralValue()).isTrue();
        assertThat(at(mode.value().get().valueSpan())).isEqualTo("36:18 prod");
        EnvVar password = c.env("DB_PASSWORD").get();
        assertThat(password.source()).isEqualTo(EnvSource.SECRET_KEY_REF);
        assertThat(password.value()).isEmpty();
        assertThat(password.referencedName().get().textOrEmpty()).isEqualTo("db");
        assertThat(password.referencedKey().get().textOrEmpty()).isEqualTo("password");
        assertThat(at(password.locator())).isEqualTo("37:17 DB_PASSWORD");
        assertThat(c.env("POD_IP").get().source()).isEqualTo(EnvSource.FIELD_REF);
        assertThat(c.env("POD_IP").get().referencedKey().get().textOrEmpty()).isEqualTo("status.podIP");
        assertThat(c.envFrom()).extracting(EnvFrom::kind).containsExactly(EnvFrom.Kind.SECRET, EnvFrom.Kind.CONFIG_MAP);
        assertThat(c.envFrom().get(1).prefix().get().textOrEmpty()).isEqualTo("CFG_");
    }

    @Test
    void portsAndProbes() {
        Container c = read(DEPLOYMENT).podTemplates().get(0).container("app").get();
        assertThat(c.ports()).hasSize(2);
        assertThat(c.port("http").get().number()).hasValue(8080);
        assertThat(at(c.ports().get(1).hostPort().get().valueSpan())).isEqualTo("51:21 9090");
        assertThat(c.declaresPort(9090)).isTrue();
        assertThat(c.declaresPort(80)).isFalse();
        Probe ready = c.readinessProbe().get();
        assertThat(ready.handler()).isEqualTo(Probe.Handler.HTTP_GET);
        assertThat(ready.portName()).contains("http");
        assertThat(ready.portNumber()).isEmpty();
        assertThat(at(ready.port().get().valueSpan())).isEqualTo("53:41 http");
        assertThat(ready.path().get().textOrEmpty()).isEqualTo("/ready");
        assertThat(at(ready.field().keySpan())).isEqualTo("52:9 readinessProbe");
        Probe live = c.livenessProbe().get();
        assertThat(live.handler()).isEqualTo(Probe.Handler.TCP_SOCKET);
        assertThat(live.portNumber()).hasValue(8080);
        assertThat(live.portName()).isEmpty();
        Probe startup = c.startupProbe().get();
        assertThat(startup.handler()).isEqualTo(Probe.Handler.EXEC);
        assertThat(startup.command()).extracting(Field::textOrEmpty).containsExactly("cat", "/tmp/ready");
        assertThat(c.probes()).extracting(Probe::kind)
                .containsExactly(Probe.Kind.LIVENESS, Probe.Kind.READINESS, Probe.Kind.STARTUP);
    }

    @Test
    void probeTimingAndHost() {
        Container c = template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - name: app
                    image: ghcr.io/acme/api:1.2.3
                    livenessProbe:
                      httpGet: {port: 8080, host: 10.0.0.1}
                      initialDelaySeconds: 60
                      periodSeconds: 5
                      failureThreshold: 6
                    readinessProbe:
                      tcpSocket: {port: 8080}
                      periodSeconds: 0
                    startupProbe:
                      grpc: {port: 9000}
                      failureThreshold: "many"
                """).container("app").get();
        Probe live = c.livenessProbe().get();
        assertThat(live.host().get().textOrEmpty()).isEqualTo("10.0.0.1");
        assertThat(live.initialDelaySeconds().get().integer()).hasValue(60);
        assertThat(live.toleranceSeconds()).isEqualTo(60 + 5 * 6);
        Probe ready = c.readinessProbe().get();
        assertThat(ready.host()).isEmpty();
        // A zero period is unset for the API, which defaults it to 10 s.
        assertThat(ready.toleranceSeconds()).isEqualTo(30);
        // Not a number: the reader reports it, and the default applies.
        assertThat(c.startupProbe().get().toleranceSeconds()).isEqualTo(30);
    }

    @Test
    void resourcesAreParsedQuantities() {
        Container c = read(DEPLOYMENT).podTemplates().get(0).container("app").get();
        Resources r = c.resources();
        assertThat(at(r.field().get().keySpan())).isEqualTo("60:9 resources");
        assertThat(r.request("cpu").get().quantity().get().millis()).isEqualTo(500);
        assertThat(r.request("memory").get().quantity().get().whole()).isEqualTo(1L << 30);
        assertThat(r.limit("cpu").get().quantity().get().millis()).isEqualTo(2000);
        assertThat(at(r.limit("memory").get().span())).isEqualTo("64:13 memory: 4Gi");
        assertThat(r.limit("nvidia.com/gpu").get().quantity().get().value()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(r.accelerator().get().name()).isEqualTo("nvidia.com/gpu");
        assertThat(r.effectiveRequest("nvidia.com/gpu").get().text()).isEqualTo("1");
        assertThat(r.limit("ephemeral-storage")).isEmpty();
    }

    @Test
    void volumesAndMountsAreResolved() {
        PodTemplate t = read(DEPLOYMENT).podTemplates().get(0);
        assertThat(t.volumes()).extracting(Volume::nameText).containsExactly("models", "shm", "docker", "scratch");
        Volume models = t.volume("models").get();
        assertThat(models.type()).isEqualTo(VolumeType.PERSISTENT_VOLUME_CLAIM);
        assertThat(at(models.claimName().get().valueSpan())).isEqualTo("77:22 model-store");
        Volume shm = t.volume("shm").get();
        assertThat(shm.type()).isEqualTo(VolumeType.EMPTY_DIR);
        assertThat(shm.isMemoryBacked()).isTrue();
        assertThat(shm.emptyDirSizeLimit().get().quantity().get().whole()).isEqualTo(2L << 30);
        Volume docker = t.volume("docker").get();
        assertThat(docker.type()).isEqualTo(VolumeType.HOST_PATH);
        assertThat(at(docker.hostPath().get().valueSpan())).isEqualTo("84:17 /var/run/docker.sock");
        assertThat(docker.hostPathType().get().textOrEmpty()).isEqualTo("Socket");
        assertThat(at(docker.source().get().keySpan())).isEqualTo("83:9 hostPath");
        Volume scratch = t.volume("scratch").get();
        assertThat(scratch.type()).as("a volume without source defaults to emptyDir").isEqualTo(VolumeType.EMPTY_DIR);
        assertThat(scratch.source()).isEmpty();

        Container c = t.container("app").get();
        assertThat(c.volumeMounts()).extracting(VolumeMount::path).containsExactly("/models", "/dev/shm", "/nowhere");
        VolumeMount m = c.mountAt("/models/").get();
        assertThat(m.isReadOnly()).isTrue();
        assertThat(m.volume().get()).isSameAs(models);
        assertThat(c.mountAt("/dev/shm").get().volume().get().isMemoryBacked()).isTrue();
        assertThat(c.mountAt("/nowhere").get().isResolved()).isFalse();
        assertThat(c.mountCovering("/models/bert/config.json").get()).isSameAs(m);
        assertThat(c.mountCovering("/root/.cache")).isEmpty();
    }

    @Test
    void statefulSetsHaveServiceNameAndClaimTemplatesThatMountsResolveTo() {
        KubeObject o = object("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: qdrant}
                spec:
                  serviceName: qdrant-headless
                  selector: {matchLabels: {app: qdrant}}
                  template:
                    metadata: {labels: {app: qdrant}}
                    spec:
                      containers:
                      - name: qdrant
                        image: qdrant/qdrant:v1.12.0
                        volumeMounts:
                        - {name: storage, mountPath: /qdrant/storage}
                  volumeClaimTemplates:
                  - metadata: {name: storage}
                    spec:
                      accessModes: [ReadWriteOnce]
                      resources: {requests: {storage: 10Gi}}
                """);
        Workload w = o.workload().get();
        assertThat(at(w.serviceName().get().valueSpan())).isEqualTo("5:16 qdrant-headless");
        assertThat(w.volumeClaimTemplates()).hasSize(1);
        PersistentVolumeClaim claim = w.volumeClaimTemplates().get(0);
        assertThat(claim.nameText()).isEqualTo("storage");
        assertThat(claim.isSingleNodeWritable()).isTrue();
        assertThat(claim.storageRequest().get().quantity().get().whole()).isEqualTo(10L << 30);
        assertThat(claim.object()).isEmpty();
        VolumeMount m = o.podTemplates().get(0).containers().get(0).volumeMounts().get(0);
        assertThat(m.volume()).isEmpty();
        assertThat(m.claimTemplate().get()).isSameAs(claim);
        assertThat(m.isResolved()).isTrue();
    }

    @Test
    void jobsCronJobsAndDaemonSets() {
        PodTemplate job = template("""
                apiVersion: batch/v1
                kind: Job
                metadata: {name: train}
                spec:
                  parallelism: 4
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: t, image: "trainer:1"}]
                """);
        assertThat(job.lifecycle()).isEqualTo(Lifecycle.RUN_TO_COMPLETION);
        assertThat(job.replicas().get().integer()).hasValue(4);
        assertThat(job.restartPolicy().get().textOrEmpty()).isEqualTo("Never");
        assertThat(job.object().workload().get().replicaCount()).as("a Job has parallelism, not replicas").isEmpty();
        assertThat(object("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n"
                + "    spec: {containers: [{name: c, image: \"c:1\"}]}\n").workload().get().replicaCount()).contains(1L);

        KubeObject cron = object("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers: [{name: t, image: "trainer:1"}]
                """);
        assertThat(cron.podTemplates()).hasSize(1);
        assertThat(cron.podTemplates().get(0).lifecycle()).isEqualTo(Lifecycle.RUN_TO_COMPLETION);
        assertThat(cron.workload().get().schedule().get().textOrEmpty()).isEqualTo("0 3 * * *");

        KubeObject ds = object("""
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: agent}
                spec:
                  template:
                    spec:
                      hostPID: true
                      containers: [{name: a, image: "agent:1"}]
                """);
        assertThat(ds.workload().get().runsOnEveryNode()).isTrue();
        assertThat(ds.workload().get().replicas()).isEmpty();
        assertThat(ds.workload().get().replicaCount()).isEmpty();
        assertThat(ds.podTemplates().get(0).hostPID().get().isTrue()).isTrue();
    }

    @Test
    void aPodIsItsOwnTemplateAndItsRestartPolicyDecidesItsLifecycle() {
        PodTemplate served = template("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: jupyter
                  labels: {app: jupyter}
                spec:
                  containers: [{name: nb, image: "jupyter/base-notebook:2024-01-01"}]
                """);
        assertThat(served.kind()).isEqualTo(TemplateKind.POD);
        assertThat(served.lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
        assertThat(served.labels().value("app")).contains("jupyter");
        assertThat(served.displayName()).isEqualTo("Pod `jupyter`");
        PodTemplate once = template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: once}
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: c, image: "c:1"}]
                """);
        assertThat(once.lifecycle()).isEqualTo(Lifecycle.RUN_TO_COMPLETION);
    }

    @Test
    void nativeSidecarsAreRestartableInitContainers() {
        PodTemplate t = template("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  initContainers:
                  - {name: proxy, image: "envoy:1", restartPolicy: Always}
                  - {name: migrate, image: "app:1"}
                  containers: [{name: app, image: "app:1"}]
                """);
        assertThat(t.initContainers().get(0).isNativeSidecar()).isTrue();
        assertThat(t.initContainers().get(1).isNativeSidecar()).isFalse();
    }

    @Test
    void wrongShapesAreProblemsWithExactSpans() {
        ManifestFile f = read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: bad}
                spec:
                  replicas: two
                  template:
                    spec:
                      volumes: {name: data}
                      containers:
                      - name: app
                        image: app:1
                        command: python serve.py
                        ports:
                        - 8080
                        env: {MODE: prod}
                        resources:
                          limits: {memory: 1GB, cpu: 500mi}
                        securityContext:
                          privileged: "false"
                      - just-a-name
                """);
        assertThat(problems(f)).containsExactly(
                "5:13 `replicas` is not an integer",
                "8:16 `volumes` is not a list",
                "12:18 `command` is not a list of strings",
                "14:11 item of `ports` is not a mapping",
                "15:14 `env` is not a list",
                "17:28 `1GB` is not a quantity for `memory`",
                "17:38 `500mi` is not a quantity for `cpu`",
                "19:23 `privileged` is not a boolean",
                "20:9 item of `containers` is not a mapping");
        Container app = f.podTemplates().get(0).containers().get(0);
        assertThat(app.resources().limit("memory").get().quantity()).isEmpty();
        assertThat(app.securityContext().privileged().get().isTrue()).isFalse();
        ManifestFile notAList = read("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    name: app
                    image: app:1
                """);
        assertThat(problems(notAList)).containsExactly("6:5 `containers` is not a list");
        assertThat(notAList.objects().get(0).isPartial()).isTrue();
    }
}
