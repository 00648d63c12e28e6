package dev.bulwark.kubernetes;

/** The role of a container in its pod. */
public enum ContainerKind {
    /** A regular container ({@code containers[]}, Argo {@code container}/{@code script}/{@code containerSet}). */
    MAIN,
    /** {@code initContainers[]}: runs to completion before the others start (a restartable init container with {@code restartPolicy: Always} is a native sidecar, see {@link Container#isNativeSidecar()}). */
    INIT,
    /** Argo Workflows {@code sidecars[]}. */
    SIDECAR,
    /**
     * The model server of a KServe predictor, transformer or explainer written as a model spec
     * ({@code predictor.model}, {@code predictor.pytorch}, {@code explainer.art}...): container
     * fields inline, the image usually supplied by the ServingRuntime.
     */
    MODEL_SERVER,
    /** Kubeflow Trainer v2 TrainJob {@code spec.trainer}: image, command, args, env, {@code resourcesPerNode}; the image may come from the runtime. */
    TRAINER
}
