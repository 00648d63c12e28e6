package dev.bulwark.rules.kubernetes;

import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.ContainerPort;
import dev.bulwark.kubernetes.Lifecycle;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;

/**
 * Which containers serve: long-running containers that listen for requests, the ones readiness and
 * liveness probes are for. A pod that runs to completion (a Job, a CronJob, a training replica, a
 * workflow step) needs no probe, nor does an init container that exits before the others start.
 * A long-running container listens when it declares a container port, or when a Service in the
 * set sends traffic to its pod and it is the pod's only main container. A worker that only pulls
 * from a queue does neither, and is left alone. Native sidecars (restartable init containers) are
 * judged the same way as main containers.
 */
final class ServingContainers {
    private ServingContainers() {
    }

    static boolean isServing(Container c, ManifestSet set) {
        PodTemplate t = c.template();
        if (t.lifecycle() != Lifecycle.LONG_RUNNING || !t.hasPodSpec()) {
            return false;
        }
        boolean main = c.kind() == ContainerKind.MAIN || c.kind() == ContainerKind.MODEL_SERVER;
        if (!main && !c.isNativeSidecar()) {
            return false;
        }
        if (!c.ports().isEmpty()) {
            return true;
        }
        return main && t.containers().size() == 1 && !set.servicesSelecting(t).isEmpty();
    }

    /** How a serving container serves, for messages: "serves on port `8080`", "serves behind a Service". */
    static String how(Container c) {
        for (ContainerPort p : c.ports()) {
            if (p.containerPort().isPresent()) {
                return "serves on port `" + p.containerPort().get().textOrEmpty() + "`";
            }
        }
        return "serves behind a Service";
    }
}
