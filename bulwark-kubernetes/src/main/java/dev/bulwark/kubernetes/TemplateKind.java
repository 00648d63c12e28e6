package dev.bulwark.kubernetes;

/** Where a {@link PodTemplate} comes from, for rules that treat some templates differently. */
public enum TemplateKind {
    /** A Pod object: the object is its own template. */
    POD,
    /** {@code spec.template} of a core workload (Deployment, StatefulSet, Job, CronJob's job template...). */
    WORKLOAD,
    /** KubeRay {@code headGroupSpec.template}. */
    RAY_HEAD,
    /** KubeRay {@code workerGroupSpecs[].template}. */
    RAY_WORKER,
    /** KubeRay RayJob {@code submitterPodTemplate}. */
    RAY_SUBMITTER,
    /** Kubeflow Training Operator {@code <framework>ReplicaSpecs.<type>.template} (Master, Worker, Launcher, PS, Chief...). */
    TRAINING_REPLICA,
    /** Kubeflow Trainer v2 TrainJob {@code spec.trainer}: a container without a pod template (the runtime supplies the pod). */
    TRAINER,
    /** A JobSet's {@code replicatedJobs[].template.spec.template} (also inside Trainer v2 training runtimes). */
    REPLICATED_JOB,
    /** KServe InferenceService {@code spec.predictor}. */
    PREDICTOR,
    /** KServe {@code spec.predictor.workerSpec} (multi-node serving workers). */
    PREDICTOR_WORKER,
    /** KServe {@code spec.transformer}. */
    TRANSFORMER,
    /** KServe {@code spec.explainer}. */
    EXPLAINER,
    /** KServe ServingRuntime or ClusterServingRuntime {@code spec} (the model server's containers). */
    SERVING_RUNTIME,
    /** LeaderWorkerSet {@code leaderWorkerTemplate.leaderTemplate}. */
    LEADER,
    /** LeaderWorkerSet {@code leaderWorkerTemplate.workerTemplate}. */
    LEADER_WORKER,
    /** An Argo Workflows template with {@code container}, {@code script} or {@code containerSet}. */
    WORKFLOW_STEP,
    /** Knative Serving Service {@code spec.template}. */
    REVISION,
    /** Kubeflow Notebook {@code spec.template}. */
    NOTEBOOK
}
