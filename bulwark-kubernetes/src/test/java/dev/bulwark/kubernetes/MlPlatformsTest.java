package dev.bulwark.kubernetes;

import static dev.bulwark.kubernetes.Manifests.at;
import static dev.bulwark.kubernetes.Manifests.names;
import static dev.bulwark.kubernetes.Manifests.object;
import static dev.bulwark.kubernetes.Manifests.problems;
import static dev.bulwark.kubernetes.Manifests.read;
import static dev.bulwark.kubernetes.Manifests.roles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ML platforms' resources seen through the same pod-spec view. */
class MlPlatformsTest {

    @Test
    void rayClusterHasAHeadGroupAndEachWorkerGroup() {
        KubeObject o = object("""
                apiVersion: ray.io/v1
                kind: RayCluster
                metadata: {name: demo}
                spec:
                  rayVersion: "2.40.0"
                  headGroupSpec:
                    rayStartParams: {dashboard-host: "0.0.0.0"}
                    template:
                      spec:
                        containers:
                        - name: ray-head
                          image: rayproject/ray:2.40.0
                          ports: [{containerPort: 8265, name: dashboard}]
                  workerGroupSpecs:
                  - groupName: gpu-group
                    replicas: 2
                    minReplicas: 1
                    maxReplicas: 8
                    template:
                      spec:
                        containers:
                        - name: ray-worker
                          image: rayproject/ray:2.40.0-gpu
                          resources: {limits: {nvidia.com/gpu: 1}}
                  - groupName: cpu-group
                    template:
                      spec:
                        containers: [{name: w, image: "rayproject/ray:2.40.0"}]
                """);
        assertThat(o.knownKind()).isEqualTo(KnownKind.RAY_CLUSTER);
        assertThat(roles(o)).containsExactly("head group", "worker group `gpu-group`", "worker group `cpu-group`");
        PodTemplate head = o.podTemplates().get(0);
        assertThat(head.kind()).isEqualTo(TemplateKind.RAY_HEAD);
        assertThat(head.lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
        assertThat(head.containers().get(0).port("dashboard")).isPresent();
        PodTemplate gpu = o.podTemplates().get(1);
        assertThat(gpu.kind()).isEqualTo(TemplateKind.RAY_WORKER);
        assertThat(at(gpu.roleSpan())).isEqualTo("15:16 gpu-group");
        assertThat(gpu.replicas().get().integer()).hasValue(2);
        assertThat(gpu.minReplicas().get().integer()).hasValue(1);
        assertThat(gpu.maxReplicas().get().integer()).hasValue(8);
        assertThat(gpu.displayName()).isEqualTo("RayCluster `demo` worker group `gpu-group`");
        assertThat(gpu.containers().get(0).resources().accelerator().get().name()).isEqualTo("nvidia.com/gpu");
        assertThat(o.podTemplates().get(2).replicas()).isEmpty();
    }

    @Test
    void rayJobsAndServicesNestTheClusterSpec() {
        KubeObject job = object("""
                apiVersion: ray.io/v1
                kind: RayJob
                metadata: {name: train}
                spec:
                  entrypoint: python train.py
                  rayClusterSpec:
                    headGroupSpec:
                      template:
                        spec:
                          containers: [{name: head, image: "rayproject/ray:2.40.0"}]
                    workerGroupSpecs:
                    - groupName: workers
                      replicas: 4
                      template:
                        spec:
                          containers: [{name: w, image: "rayproject/ray:2.40.0"}]
                  submitterPodTemplate:
                    spec:
                      restartPolicy: Never
                      containers: [{name: submit, image: "rayproject/ray:2.40.0"}]
                """);
        assertThat(roles(job)).containsExactly("head group", "worker group `workers`", "submitter pod template");
        assertThat(job.podTemplates().get(2).kind()).isEqualTo(TemplateKind.RAY_SUBMITTER);
        for (PodTemplate t : job.podTemplates()) {
            assertThat(t.lifecycle()).isEqualTo(Lifecycle.RUN_TO_COMPLETION);
        }
        KubeObject service = object("""
                apiVersion: ray.io/v1
                kind: RayService
                metadata: {name: serve}
                spec:
                  serveConfigV2: |
                    applications: []
                  rayClusterConfig:
                    headGroupSpec:
                      template:
                        spec:
                          containers: [{name: head, image: "rayproject/ray:2.40.0"}]
                """);
        assertThat(roles(service)).containsExactly("head group");
        assertThat(service.podTemplates().get(0).lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
    }

    @Test
    void kubeflowTrainingJobsHaveOneTemplatePerReplicaType() {
        KubeObject o = object("""
                apiVersion: kubeflow.org/v1
                kind: PyTorchJob
                metadata: {name: bert}
                spec:
                  pytorchReplicaSpecs:
                    Master:
                      replicas: 1
                      restartPolicy: OnFailure
                      template:
                        spec:
                          containers:
                          - name: pytorch
                            image: pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime
                    Worker:
                      replicas: 3
                      template:
                        spec:
                          containers:
                          - name: pytorch
                            image: pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime
                """);
        assertThat(roles(o)).containsExactly("replica type `Master`", "replica type `Worker`");
        PodTemplate worker = o.podTemplates().get(1);
        assertThat(worker.kind()).isEqualTo(TemplateKind.TRAINING_REPLICA);
        assertThat(at(worker.roleSpan())).isEqualTo("14:5 Worker");
        assertThat(worker.replicas().get().integer()).hasValue(3);
        assertThat(worker.lifecycle()).isEqualTo(Lifecycle.RUN_TO_COMPLETION);
        assertThat(worker.displayName()).isEqualTo("PyTorchJob `bert` replica type `Worker`");
    }

    @Test
    void everyTrainingOperatorFrameworkIsFound() {
        String[][] kinds = {
            {"TFJob", "tfReplicaSpecs", "Chief"},
            {"MPIJob", "mpiReplicaSpecs", "Launcher"},
            {"XGBoostJob", "xgbReplicaSpecs", "Master"},
            {"PaddleJob", "paddleReplicaSpecs", "Worker"},
            {"MXJob", "mxReplicaSpecs", "Scheduler"},
            {"JAXJob", "jaxReplicaSpecs", "Worker"},
        };
        for (String[] k : kinds) {
            KubeObject o = object("apiVersion: kubeflow.org/v1\nkind: " + k[0] + "\nmetadata: {name: j}\nspec:\n  "
                    + k[1] + ":\n    " + k[2] + ":\n      template:\n        spec:\n          containers: [{name: c, image: \"c:1\"}]\n");
            assertThat(roles(o)).as(k[0]).containsExactly("replica type `" + k[2] + "`");
        }
    }

    @Test
    void mpiJobV1alpha1HasASingleTemplate() {
        KubeObject o = object("""
                apiVersion: kubeflow.org/v1alpha1
                kind: MPIJob
                metadata: {name: horovod}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers: [{name: c, image: "mpioperator/tensorflow-benchmarks:0.1"}]
                """);
        assertThat(roles(o)).containsExactly("pod template");
        assertThat(o.podTemplates().get(0).replicas().get().integer()).hasValue(2);
        assertThat(o.isPartial()).isFalse();
    }

    @Test
    void trainJobTrainerIsAContainerWithoutAPodTemplate() {
        KubeObject o = object("""
                apiVersion: trainer.kubeflow.org/v1alpha1
                kind: TrainJob
                metadata: {name: llama}
                spec:
                  runtimeRef: {name: torch-distributed}
                  trainer:
                    image: ghcr.io/acme/train:1.0
                    command: [torchrun, train.py]
                    args: [--epochs, "3"]
                    numNodes: 2
                    env: [{name: HF_TOKEN, value: hf_abc}]
                    resourcesPerNode:
                      limits: {nvidia.com/gpu: 8, memory: 64Gi}
                """);
        PodTemplate t = o.podTemplates().get(0);
        assertThat(t.kind()).isEqualTo(TemplateKind.TRAINER);
        assertThat(t.role()).isEqualTo("trainer");
        assertThat(t.hasPodSpec()).isFalse();
        assertThat(t.replicas().get().integer()).hasValue(2);
        assertThat(t.volumes()).isEmpty();
        Container c = t.containers().get(0);
        assertThat(c.kind()).isEqualTo(ContainerKind.TRAINER);
        assertThat(c.displayName()).isEqualTo("trainer");
        assertThat(c.imageFromRuntime()).isTrue();
        assertThat(at(c.image().get().valueSpan())).isEqualTo("7:12 ghcr.io/acme/train:1.0");
        assertThat(c.command()).extracting(Field::textOrEmpty).containsExactly("torchrun", "train.py");
        assertThat(c.env("HF_TOKEN").get().hasLiteralValue()).isTrue();
        assertThat(c.resources().limit("nvidia.com/gpu").get().quantity().get().whole()).isEqualTo(8);
        assertThat(at(c.resources().field().get().keySpan())).isEqualTo("12:5 resourcesPerNode");
        assertThat(at(c.locator())).isEqualTo("7:12 ghcr.io/acme/train:1.0");

        KubeObject runtimeImage = object("""
                apiVersion: trainer.kubeflow.org/v1alpha1
                kind: TrainJob
                metadata: {name: t}
                spec:
                  runtimeRef: {name: torch-distributed}
                  trainer: {numNodes: 1}
                """);
        assertThat(runtimeImage.isPartial()).as("the runtime supplies the image").isFalse();
        assertThat(object("""
                apiVersion: trainer.kubeflow.org/v1alpha1
                kind: TrainJob
                metadata: {name: t}
                spec: {runtimeRef: {name: torch-distributed}}
                """).podTemplates()).isEmpty();
    }

    @Test
    void trainingRuntimesHoldAJobSetTemplate() {
        KubeObject o = object("""
                apiVersion: trainer.kubeflow.org/v1alpha1
                kind: ClusterTrainingRuntime
                metadata: {name: torch-distributed}
                spec:
                  mlPolicy: {numNodes: 1, torch: {numProcPerNode: auto}}
                  template:
                    spec:
                      replicatedJobs:
                      - name: node
                        template:
                          spec:
                            template:
                              spec:
                                containers:
                                - name: node
                                  image: pytorch/pytorch:2.7.1-cuda12.8-cudnn9-runtime
                """);
        assertThat(roles(o)).containsExactly("replicated job `node`");
        assertThat(o.podTemplates().get(0).kind()).isEqualTo(TemplateKind.REPLICATED_JOB);
        assertThat(o.isClusterScoped()).isTrue();
    }

    @Test
    void jobSetsAndLeaderWorkerSets() {
        KubeObject jobSet = object("""
                apiVersion: jobset.x-k8s.io/v1alpha2
                kind: JobSet
                metadata: {name: pretrain}
                spec:
                  replicatedJobs:
                  - name: workers
                    replicas: 4
                    template:
                      spec:
                        parallelism: 2
                        template:
                          spec:
                            containers: [{name: w, image: "trainer:1"}]
                """);
        assertThat(roles(jobSet)).containsExactly("replicated job `workers`");
        assertThat(jobSet.podTemplates().get(0).replicas().get().integer()).hasValue(4);
        assertThat(at(jobSet.podTemplates().get(0).roleSpan())).isEqualTo("6:11 workers");

        KubeObject lws = object("""
                apiVersion: leaderworkerset.x-k8s.io/v1
                kind: LeaderWorkerSet
                metadata: {name: vllm}
                spec:
                  replicas: 2
                  leaderWorkerTemplate:
                    size: 4
                    leaderTemplate:
                      spec:
                        containers: [{name: leader, image: "vllm/vllm-openai:v0.6.3"}]
                    workerTemplate:
                      spec:
                        containers: [{name: worker, image: "vllm/vllm-openai:v0.6.3"}]
                """);
        assertThat(roles(lws)).containsExactly("leader template", "worker template");
        assertThat(lws.podTemplates().get(0).kind()).isEqualTo(TemplateKind.LEADER);
        assertThat(lws.podTemplates().get(1).kind()).isEqualTo(TemplateKind.LEADER_WORKER);
        assertThat(lws.workload().get().replicaCount()).contains(2L);
        assertThat(lws.podTemplates().get(1).lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
    }

    @Test
    void inferenceServiceComponentsWithModelSpecsAndInlinePodSpecs() {
        KubeObject o = object("""
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata: {name: bert}
                spec:
                  predictor:
                    minReplicas: 1
                    maxReplicas: 4
                    serviceAccountName: isvc-sa
                    model:
                      modelFormat: {name: huggingface}
                      runtime: kserve-huggingfaceserver
                      storageUri: hf://google-bert/bert-base-uncased
                      args: [--model_name=bert]
                      resources:
                        limits: {cpu: "1", memory: 4Gi, nvidia.com/gpu: "1"}
                    containers:
                    - name: logger
                      image: fluent/fluent-bit:3.1
                  transformer:
                    containers:
                    - name: kserve-container
                      image: ghcr.io/acme/tokenizer:1.0
                  explainer:
                    art:
                      type: SquareAttack
                      storageUri: gs://models/art
                """);
        assertThat(roles(o)).containsExactly("predictor", "transformer", "explainer");
        PodTemplate predictor = o.podTemplates().get(0);
        assertThat(predictor.kind()).isEqualTo(TemplateKind.PREDICTOR);
        assertThat(at(predictor.roleSpan())).isEqualTo("5:3 predictor");
        assertThat(predictor.lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
        assertThat(predictor.minReplicas().get().integer()).hasValue(1);
        assertThat(predictor.maxReplicas().get().integer()).hasValue(4);
        assertThat(predictor.serviceAccountName().get().textOrEmpty()).isEqualTo("isvc-sa");
        assertThat(names(predictor.containers())).containsExactly("logger", "");
        Container model = predictor.containers().get(1);
        assertThat(model.kind()).isEqualTo(ContainerKind.MODEL_SERVER);
        assertThat(model.displayName()).isEqualTo("model server (`model`)");
        assertThat(model.image()).isEmpty();
        assertThat(model.imageFromRuntime()).isTrue();
        assertThat(at(model.storageUri().get().valueSpan())).isEqualTo("12:19 hf://google-bert/bert-base-uncased");
        assertThat(model.modelFormat().get().textOrEmpty()).isEqualTo("huggingface");
        assertThat(model.runtime().get().textOrEmpty()).isEqualTo("kserve-huggingfaceserver");
        assertThat(model.resources().limit("memory").get().text()).isEqualTo("4Gi");
        assertThat(at(model.locator())).isEqualTo("9:5 model");
        assertThat(o.isPartial()).isFalse();

        PodTemplate transformer = o.podTemplates().get(1);
        assertThat(transformer.kind()).isEqualTo(TemplateKind.TRANSFORMER);
        assertThat(transformer.containers().get(0).imageText()).isEqualTo("ghcr.io/acme/tokenizer:1.0");
        PodTemplate explainer = o.podTemplates().get(2);
        assertThat(explainer.containers().get(0).displayName()).isEqualTo("model server (`art`)");
        assertThat(explainer.containers().get(0).storageUri().get().textOrEmpty()).isEqualTo("gs://models/art");
    }

    @Test
    void inferenceServiceFrameworkShorthandsAndWorkerSpec() {
        KubeObject o = object("""
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata: {name: torch}
                spec:
                  predictor:
                    pytorch:
                      storageUri: gs://kfserving-examples/models/torchserve/image_classifier/v1
                      image: pytorch/torchserve-kfs:0.9.0
                    workerSpec:
                      pipelineParallelSize: 2
                      containers: [{name: worker, image: "vllm:1"}]
                """);
        assertThat(roles(o)).containsExactly("predictor", "predictor worker spec");
        Container server = o.podTemplates().get(0).containers().get(0);
        assertThat(server.displayName()).isEqualTo("model server (`pytorch`)");
        assertThat(server.imageText()).isEqualTo("pytorch/torchserve-kfs:0.9.0");
        assertThat(o.podTemplates().get(1).replicas().get().integer()).hasValue(2);

        KubeObject empty = object("""
                apiVersion: serving.kserve.io/v1beta1
                kind: InferenceService
                metadata: {name: patch}
                spec:
                  predictor:
                    minReplicas: 2
                """);
        assertThat(empty.isPartial()).isTrue();
        assertThat(empty.partialReason()).contains("predictor without containers");
    }

    @Test
    void servingRuntimesDescribeTheModelServerPod() {
        KubeObject o = object("""
                apiVersion: serving.kserve.io/v1alpha1
                kind: ClusterServingRuntime
                metadata: {name: kserve-vllm}
                spec:
                  supportedModelFormats: [{name: huggingface, autoSelect: true}]
                  containers:
                  - name: kserve-container
                    image: kserve/huggingfaceserver:v0.14.0
                    resources: {limits: {cpu: "1", memory: 2Gi}}
                """);
        assertThat(roles(o)).containsExactly("serving runtime");
        assertThat(o.podTemplates().get(0).kind()).isEqualTo(TemplateKind.SERVING_RUNTIME);
        assertThat(o.podTemplates().get(0).containers().get(0).imageText()).isEqualTo("kserve/huggingfaceserver:v0.14.0");
    }

    @Test
    void argoTemplatesWithContainersScriptsAndContainerSets() {
        ManifestFile f = read("""
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {generateName: pipeline-}
                spec:
                  entrypoint: main
                  serviceAccountName: pipeline-runner
                  nodeSelector: {pool: cpu}
                  securityContext: {runAsNonRoot: true}
                  volumes:
                  - name: workdir
                    emptyDir: {}
                  volumeClaimTemplates:
                  - metadata: {name: data}
                    spec:
                      accessModes: [ReadWriteOnce]
                      resources: {requests: {storage: 1Gi}}
                  templates:
                  - name: main
                    steps:
                    - - {name: prep, template: prep}
                  - name: prep
                    nodeSelector: {pool: gpu}
                    initContainers:
                    - {name: init, image: "busybox:1.36"}
                    container:
                      image: python:3.12-slim
                      command: [python, prep.py]
                      args: ["{{inputs.parameters.lr}}"]
                      volumeMounts:
                      - {name: workdir, mountPath: /work}
                      - {name: data, mountPath: /data}
                    sidecars:
                    - {name: mlflow, image: "ghcr.io/mlflow/mlflow:v2.16.0"}
                  - name: train
                    script:
                      image: pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime
                      command: [python]
                      source: |
                        import torch
                  - name: parallel
                    containerSet:
                      containers:
                      - {name: a, image: "alpine:3.20"}
                      - {name: b, image: "alpine:3.20"}
                  - name: server
                    daemon: true
                    container: {image: "redis:7.4"}
                  - name: apply
                    resource: {action: create, manifest: "{}"}
                """);
        assertThat(f.problems()).isEmpty();
        KubeObject o = f.objects().get(0);
        assertThat(roles(o)).containsExactly("template `prep`", "template `train`", "template `parallel`",
                "template `server`");
        PodTemplate prep = o.podTemplates().get(0);
        assertThat(prep.kind()).isEqualTo(TemplateKind.WORKFLOW_STEP);
        assertThat(prep.lifecycle()).isEqualTo(Lifecycle.RUN_TO_COMPLETION);
        assertThat(at(prep.roleSpan())).isEqualTo("21:11 prep");
        assertThat(prep.nodeSelector().value("pool")).as("the template's own wins").contains("gpu");
        assertThat(prep.serviceAccountName().get().textOrEmpty()).as("the workflow's applies")
                .isEqualTo("pipeline-runner");
        assertThat(prep.securityContext()).isPresent();
        assertThat(names(prep.initContainers())).containsExactly("init");
        assertThat(prep.containers()).extracting(Container::kind)
                .containsExactly(ContainerKind.MAIN, ContainerKind.SIDECAR);
        Container main = prep.containers().get(0);
        assertThat(main.displayName()).isEqualTo("`container` container");
        assertThat(main.args().get(0).textOrEmpty()).isEqualTo("{{inputs.parameters.lr}}");
        assertThat(main.mountAt("/work").get().volume().get().type()).isEqualTo(VolumeType.EMPTY_DIR);
        assertThat(main.mountAt("/data").get().claimTemplate().get().nameText()).isEqualTo("data");
        assertThat(main.securityContext().runAsNonRoot().get().level()).isEqualTo(SecurityLevel.POD);
        assertThat(prep.containers().get(1).displayName()).isEqualTo("sidecar `mlflow`");

        Container script = o.podTemplates().get(1).containers().get(0);
        assertThat(script.scriptSource().get().textOrEmpty()).isEqualTo("import torch\n");
        assertThat(names(o.podTemplates().get(2).containers())).containsExactly("a", "b");
        assertThat(o.podTemplates().get(3).lifecycle()).as("a daemon step serves").isEqualTo(Lifecycle.LONG_RUNNING);
        assertThat(o.workload().get().volumeClaimTemplates()).hasSize(1);
    }

    @Test
    void cronWorkflowsAndWorkflowTemplatesToo() {
        KubeObject cron = object("""
                apiVersion: argoproj.io/v1alpha1
                kind: CronWorkflow
                metadata: {name: nightly}
                spec:
                  schedule: "0 2 * * *"
                  workflowSpec:
                    entrypoint: retrain
                    templates:
                    - name: retrain
                      container: {image: "trainer:1"}
                """);
        assertThat(roles(cron)).containsExactly("template `retrain`");
        assertThat(cron.workload().get().schedule().get().textOrEmpty()).isEqualTo("0 2 * * *");
        KubeObject template = object("""
                apiVersion: argoproj.io/v1alpha1
                kind: ClusterWorkflowTemplate
                metadata: {name: shared}
                spec:
                  templates:
                  - name: echo
                    container: {image: "alpine:3.20"}
                """);
        assertThat(roles(template)).containsExactly("template `echo`");
    }

    @Test
    void knativeServicesNotebooksAndKatibTrials() {
        KubeObject knative = object("""
                apiVersion: serving.knative.dev/v1
                kind: Service
                metadata: {name: hello}
                spec:
                  template:
                    spec:
                      containers: [{image: "ghcr.io/knative/helloworld-go:latest"}]
                """);
        assertThat(knative.asService()).isEmpty();
        assertThat(roles(knative)).containsExactly("revision template");
        assertThat(knative.podTemplates().get(0).containers().get(0).displayName()).isEqualTo("container #1");

        KubeObject notebook = object("""
                apiVersion: kubeflow.org/v1
                kind: Notebook
                metadata: {name: nb}
                spec:
                  template:
                    spec:
                      containers: [{name: nb, image: "kubeflownotebookswg/jupyter-scipy:v1.9.0"}]
                """);
        assertThat(notebook.podTemplates().get(0).kind()).isEqualTo(TemplateKind.NOTEBOOK);

        KubeObject experiment = object("""
                apiVersion: kubeflow.org/v1beta1
                kind: Experiment
                metadata: {name: hpo}
                spec:
                  trialTemplate:
                    primaryContainerName: training-container
                    trialSpec:
                      apiVersion: kubeflow.org/v1
                      kind: PyTorchJob
                      spec:
                        pytorchReplicaSpecs:
                          Master:
                            template:
                              spec:
                                containers:
                                - name: training-container
                                  image: ghcr.io/kubeflow/katib/pytorch-mnist:latest
                                  args: ["--lr=${trialParameters.learningRate}"]
                """);
        PodTemplate trial = experiment.podTemplates().get(0);
        assertThat(trial.role()).isEqualTo("trial spec (PyTorchJob) replica type `Master`");
        assertThat(trial.isEmbedded()).isTrue();
        assertThat(trial.kind()).isEqualTo(TemplateKind.TRAINING_REPLICA);
        assertThat(trial.displayName()).isEqualTo("Experiment `hpo` trial spec (PyTorchJob) replica type `Master`");
    }

    @Test
    void templatesThatCannotBeWholeMakeTheirObjectPartial() {
        ManifestFile f = read("""
                apiVersion: ray.io/v1
                kind: RayCluster
                metadata: {name: patch}
                spec:
                  workerGroupSpecs:
                  - groupName: gpu
                    template:
                      spec:
                        containers:
                        - name: ray-worker
                          resources: {limits: {nvidia.com/gpu: 2}}
                """);
        KubeObject o = f.objects().get(0);
        assertThat(o.isPartial()).isTrue();
        assertThat(o.partialReason()).contains("container `ray-worker` without `image`");
        assertThat(o.podTemplates().get(0).isPartial()).isTrue();
        assertThat(problems(f)).isEmpty();
    }
}
