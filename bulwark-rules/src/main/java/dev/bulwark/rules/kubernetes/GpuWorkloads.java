package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.ResourceNames;
import dev.bulwark.kubernetes.ResourceQuantity;
import dev.bulwark.kubernetes.TemplateKind;
import java.util.Optional;

/**
 * What the GPU rules share about pods and containers: which pod roles run on CPUs by design
 * although they use the workers' GPU image, and which containers ask for an accelerator.
 */
public final class GpuWorkloads {

    private GpuWorkloads() {
    }

    /**
     * True for pods that coordinate GPU work without doing it, by the conventions of their
     * operators: a Ray head (KubeRay examples run it with {@code num-gpus: 0} on the workers'
     * image) and a RayJob submitter, an MPIJob launcher, a TFJob parameter server, and DaemonSets
     * (GPU node agents such as device plugins and exporters see every GPU of the node on purpose).
     */
    public static boolean coordinatesWithoutGpu(PodTemplate template) {
        TemplateKind kind = template.kind();
        if (kind == TemplateKind.RAY_HEAD || kind == TemplateKind.RAY_SUBMITTER) {
            return true;
        }
        if (template.object().is(KnownKind.DAEMON_SET)) {
            return true;
        }
        if (kind == TemplateKind.TRAINING_REPLICA) {
            String type = template.roleSpan().text();
            return type.equals("Launcher") || type.equals("PS");
        }
        return false;
    }

    /**
     * True for the templates of runtimes that jobs and services complete: a KServe
     * (Cluster)ServingRuntime, whose InferenceService sets resources and scheduling, and a Kubeflow
     * Trainer (Cluster)TrainingRuntime, whose TrainJob sets {@code resourcesPerNode} and pod
     * overrides.
     */
    public static boolean isRuntimeTemplate(PodTemplate template) {
        KnownKind kind = template.object().knownKind();
        return template.kind() == TemplateKind.SERVING_RUNTIME || kind == KnownKind.SERVING_RUNTIME
                || kind == KnownKind.CLUSTER_SERVING_RUNTIME || kind == KnownKind.TRAINING_RUNTIME
                || kind == KnownKind.CLUSTER_TRAINING_RUNTIME;
    }

    /** The first GPU limit of the template's containers (init containers too): a pod that runs on a GPU node. */
    static Optional<ResourceQuantity> gpuLimit(PodTemplate template) {
        for (Container c : template.allContainers()) {
            Optional<ResourceQuantity> limit = c.resources().limits().accelerator();
            if (limit.isPresent() && ResourceNames.isGpu(limit.get().name()) && !isZero(limit.get())) {
                return limit;
            }
        }
        return Optional.empty();
    }

    /** How many GPUs the container's limit asks for; 0 when none or not a number. */
    static long gpuCount(Container container) {
        Optional<ResourceQuantity> limit = container.resources().limits().accelerator();
        if (limit.isEmpty() || !ResourceNames.isGpu(limit.get().name()) || limit.get().quantity().isEmpty()) {
            return 0;
        }
        return limit.get().quantity().get().whole();
    }

    private static boolean isZero(ResourceQuantity q) {
        return q.quantity().isPresent() && q.quantity().get().isZero();
    }
}
