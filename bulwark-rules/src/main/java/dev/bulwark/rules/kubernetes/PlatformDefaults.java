package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.TemplateKind;

/**
 * What ML platforms fill in for the containers they run, so that rules about a missing setting
 * judge only what the user had to write. Each answer cites the platform's documented behaviour.
 */
final class PlatformDefaults {
    private PlatformDefaults() {
    }

    /**
     * True when the platform gives the container requests and limits if the manifest sets none:
     * KServe defaults every container of an InferenceService component (predictor, transformer,
     * explainer, their model specs) to the {@code resources} of its {@code inferenceservice-config}
     * (1 CPU and 2Gi, requests and limits), and merges a model spec over its ServingRuntime's
     * container, so a runtime container without resources gets the model spec's; a TrainJob
     * trainer takes its resources from the training runtime, and its {@code resourcesPerNode}
     * replaces those of the runtime's trainer container (the container named {@code node}, as
     * Kubeflow Trainer requires).
     */
    static boolean suppliesResources(Container c) {
        if (c.kind() == ContainerKind.TRAINER || c.kind() == ContainerKind.MODEL_SERVER) {
            return true;
        }
        KubeObject o = c.template().object();
        boolean trainingRuntime = o.is(KnownKind.TRAINING_RUNTIME) || o.is(KnownKind.CLUSTER_TRAINING_RUNTIME);
        if (trainingRuntime && c.template().kind() == TemplateKind.REPLICATED_JOB && c.nameText().equals("node")) {
            return true;
        }
        TemplateKind t = c.template().kind();
        return t == TemplateKind.PREDICTOR || t == TemplateKind.TRANSFORMER || t == TemplateKind.EXPLAINER
                || t == TemplateKind.PREDICTOR_WORKER || (t == TemplateKind.SERVING_RUNTIME && c.kind() == ContainerKind.MAIN);
    }

    /**
     * True when the container's security context comes from elsewhere: a KServe model spec is
     * merged over its ServingRuntime's container (KServe's own runtimes set a restricted context),
     * and a TrainJob trainer runs in the pod its training runtime describes.
     */
    static boolean suppliesSecurityContext(Container c) {
        return c.kind() == ContainerKind.MODEL_SERVER || c.kind() == ContainerKind.TRAINER;
    }

    /**
     * True when the platform probes the container itself: a KServe model spec takes the probes of
     * its ServingRuntime; KubeRay (1.1 and later) adds readiness and liveness probes to the Ray
     * container, the first container of a head or worker group.
     */
    static boolean suppliesProbes(Container c) {
        if (c.kind() == ContainerKind.MODEL_SERVER || c.kind() == ContainerKind.TRAINER) {
            return true;
        }
        TemplateKind t = c.template().kind();
        boolean rayContainer = (t == TemplateKind.RAY_HEAD || t == TemplateKind.RAY_WORKER)
                && c.kind() == ContainerKind.MAIN && c.index() == 0;
        return rayContainer;
    }

    /**
     * True when traffic is gated by the platform's own readiness check: Knative (and so KServe in
     * its default serverless mode) gives the user container a TCP readiness probe on its port when
     * none is written, and its queue-proxy only routes to a ready revision.
     */
    static boolean suppliesReadiness(Container c) {
        TemplateKind t = c.template().kind();
        return suppliesProbes(c) || t == TemplateKind.REVISION || t == TemplateKind.PREDICTOR
                || t == TemplateKind.TRANSFORMER || t == TemplateKind.EXPLAINER;
    }
}
