package dev.bulwark.kubernetes;

import java.util.List;
import java.util.Optional;

/**
 * The object-level facts of an object that carries pod templates: its templates, object-level
 * replicas, selector, a StatefulSet's {@code serviceName} and {@code volumeClaimTemplates}, a
 * schedule. Per-template facts (replicas of a worker group...) are on {@link PodTemplate}.
 */
public final class Workload {
    private final KubeObject object;
    private final List<PodTemplate> templates;
    private final Field replicas;
    private final LabelSelector selector;
    private final Field serviceName;
    private final List<PersistentVolumeClaim> volumeClaimTemplates;
    private final Field schedule;

    Workload(KubeObject object, List<PodTemplate> templates, Field replicas, LabelSelector selector, Field serviceName,
             List<PersistentVolumeClaim> volumeClaimTemplates, Field schedule) {
        this.object = object;
        this.templates = templates;
        this.replicas = replicas;
        this.selector = selector;
        this.serviceName = serviceName;
        this.volumeClaimTemplates = volumeClaimTemplates;
        this.schedule = schedule;
    }

    public KubeObject object() {
        return object;
    }

    public KnownKind kind() {
        return object.knownKind();
    }

    public List<PodTemplate> templates() {
        return templates;
    }

    /** {@code spec.replicas} of a Deployment, StatefulSet, ReplicaSet, ReplicationController or LeaderWorkerSet. */
    public Optional<Field> replicas() {
        return Optional.ofNullable(replicas);
    }

    /**
     * {@code spec.replicas} as a number for the kinds that have it (Deployment, StatefulSet,
     * ReplicaSet, ReplicationController, LeaderWorkerSet): the written integer, 1 when absent (the
     * API default); empty when it is not a number or the kind has no such field (see
     * {@link PodTemplate#replicas()} for the others).
     */
    public Optional<Long> replicaCount() {
        if (replicas == null) {
            return hasReplicasField() ? Optional.of(1L) : Optional.empty();
        }
        return replicas.integer().isPresent() ? Optional.of(replicas.integer().getAsLong()) : Optional.empty();
    }

    /** {@code spec.selector} (a ReplicationController's plain map is read as {@code matchLabels}). */
    public Optional<LabelSelector> selector() {
        return Optional.ofNullable(selector);
    }

    /** A StatefulSet's {@code spec.serviceName}. */
    public Optional<Field> serviceName() {
        return Optional.ofNullable(serviceName);
    }

    /** A StatefulSet's (or Argo Workflow's) {@code volumeClaimTemplates}. */
    public List<PersistentVolumeClaim> volumeClaimTemplates() {
        return volumeClaimTemplates;
    }

    /** {@code spec.schedule} of a CronJob, CronWorkflow or RayCronJob. */
    public Optional<Field> schedule() {
        return Optional.ofNullable(schedule);
    }

    private boolean hasReplicasField() {
        switch (object.knownKind()) {
            case DEPLOYMENT: case STATEFUL_SET: case REPLICA_SET: case REPLICATION_CONTROLLER: case LEADER_WORKER_SET:
                return true;
            default:
                return false;
        }
    }

    /** True for a DaemonSet: one pod on every (matching) node. */
    public boolean runsOnEveryNode() {
        return object.knownKind() == KnownKind.DAEMON_SET;
    }

    @Override
    public String toString() {
        return "Workload[" + object.displayName() + ", " + templates.size() + " templates]";
    }
}
