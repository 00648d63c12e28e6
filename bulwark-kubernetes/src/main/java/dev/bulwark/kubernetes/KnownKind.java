package dev.bulwark.kubernetes;

/**
 * The kinds the model understands, recognised by API group and kind (a {@code Service} of
 * {@code serving.knative.dev} is not a core Service; a {@code Deployment} of an unknown group is a
 * custom resource). Versions are not checked: every served version of these kinds has the fields
 * read here. {@link #OTHER} for the rest.
 */
public enum KnownKind {
    // core ("" group, apiVersion "v1")
    POD("Pod", true, ""),
    SERVICE("Service", false, ""),
    PERSISTENT_VOLUME_CLAIM("PersistentVolumeClaim", false, ""),
    CONFIG_MAP("ConfigMap", false, ""),
    SECRET("Secret", false, ""),
    SERVICE_ACCOUNT("ServiceAccount", false, ""),
    NAMESPACE("Namespace", false, ""),
    RESOURCE_QUOTA("ResourceQuota", false, ""),
    LIMIT_RANGE("LimitRange", false, ""),
    REPLICATION_CONTROLLER("ReplicationController", true, ""),
    // apps, batch (and their legacy extensions/v1beta1 forms)
    DEPLOYMENT("Deployment", true, "apps", "extensions"),
    STATEFUL_SET("StatefulSet", true, "apps"),
    DAEMON_SET("DaemonSet", true, "apps", "extensions"),
    REPLICA_SET("ReplicaSet", true, "apps", "extensions"),
    JOB("Job", true, "batch"),
    CRON_JOB("CronJob", true, "batch"),
    NETWORK_POLICY("NetworkPolicy", false, "networking.k8s.io", "extensions"),
    HORIZONTAL_POD_AUTOSCALER("HorizontalPodAutoscaler", false, "autoscaling"),
    // KubeRay
    RAY_CLUSTER("RayCluster", true, "ray.io"),
    RAY_JOB("RayJob", true, "ray.io"),
    RAY_SERVICE("RayService", true, "ray.io"),
    RAY_CRON_JOB("RayCronJob", true, "ray.io"),
    // Kubeflow Training Operator v1 (and the MPI Operator, same group)
    PYTORCH_JOB("PyTorchJob", true, "kubeflow.org"),
    TF_JOB("TFJob", true, "kubeflow.org"),
    MPI_JOB("MPIJob", true, "kubeflow.org"),
    XGBOOST_JOB("XGBoostJob", true, "kubeflow.org"),
    PADDLE_JOB("PaddleJob", true, "kubeflow.org"),
    MX_JOB("MXJob", true, "kubeflow.org"),
    JAX_JOB("JAXJob", true, "kubeflow.org"),
    /** Kubeflow Notebooks ({@code spec.template}). */
    NOTEBOOK("Notebook", true, "kubeflow.org"),
    /** Katib: {@code spec.trialTemplate.trialSpec} embeds a whole Job, PyTorchJob, TFJob... */
    EXPERIMENT("Experiment", true, "kubeflow.org"),
    // Kubeflow Trainer v2
    TRAIN_JOB("TrainJob", true, "trainer.kubeflow.org"),
    TRAINING_RUNTIME("TrainingRuntime", true, "trainer.kubeflow.org"),
    CLUSTER_TRAINING_RUNTIME("ClusterTrainingRuntime", true, "trainer.kubeflow.org"),
    // KServe (and its former KFServing group for v1beta1)
    INFERENCE_SERVICE("InferenceService", true, "serving.kserve.io", "serving.kubeflow.org"),
    SERVING_RUNTIME("ServingRuntime", true, "serving.kserve.io"),
    CLUSTER_SERVING_RUNTIME("ClusterServingRuntime", true, "serving.kserve.io"),
    // Kubernetes SIGs
    JOB_SET("JobSet", true, "jobset.x-k8s.io"),
    LEADER_WORKER_SET("LeaderWorkerSet", true, "leaderworkerset.x-k8s.io"),
    // Argo Workflows
    WORKFLOW("Workflow", true, "argoproj.io"),
    WORKFLOW_TEMPLATE("WorkflowTemplate", true, "argoproj.io"),
    CLUSTER_WORKFLOW_TEMPLATE("ClusterWorkflowTemplate", true, "argoproj.io"),
    CRON_WORKFLOW("CronWorkflow", true, "argoproj.io"),
    // Knative Serving
    KNATIVE_SERVICE("Service", true, "serving.knative.dev"),
    // What tells a Prometheus which pods to scrape: the Prometheus Operator's, Google Cloud
    // Managed Service for Prometheus's and the VictoriaMetrics operator's resources
    SERVICE_MONITOR("ServiceMonitor", false, "monitoring.coreos.com"),
    POD_MONITOR("PodMonitor", false, "monitoring.coreos.com"),
    POD_MONITORING("PodMonitoring", false, "monitoring.googleapis.com"),
    CLUSTER_POD_MONITORING("ClusterPodMonitoring", false, "monitoring.googleapis.com"),
    VM_SERVICE_SCRAPE("VMServiceScrape", false, "operator.victoriametrics.com"),
    VM_POD_SCRAPE("VMPodScrape", false, "operator.victoriametrics.com"),
    /** Any kind not above. */
    OTHER("", false);

    private final String kind;
    private final boolean carriesPods;
    private final String[] groups;

    KnownKind(String kind, boolean carriesPods, String... groups) {
        this.kind = kind;
        this.carriesPods = carriesPods;
        this.groups = groups;
    }

    /** The {@code kind} as written in manifests. */
    public String kind() {
        return kind;
    }

    /** True for kinds whose objects describe pods (the pod-spec view applies). */
    public boolean carriesPods() {
        return carriesPods;
    }

    /** True for the core workload controllers and bare pods (not the ML custom resources). */
    public boolean isCoreWorkload() {
        switch (this) {
            case POD: case REPLICATION_CONTROLLER: case DEPLOYMENT: case STATEFUL_SET: case DAEMON_SET:
            case REPLICA_SET: case JOB: case CRON_JOB:
                return true;
            default:
                return false;
        }
    }

    /** The kind for an API group and kind, {@link #OTHER} when unknown. */
    public static KnownKind of(String group, String kind) {
        for (KnownKind k : values()) {
            if (k.kind.equals(kind)) {
                for (String g : k.groups) {
                    if (g.equals(group)) {
                        return k;
                    }
                }
            }
        }
        return OTHER;
    }
}
