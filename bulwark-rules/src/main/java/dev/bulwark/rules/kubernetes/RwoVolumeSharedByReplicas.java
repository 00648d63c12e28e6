package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.HorizontalPodAutoscaler;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PersistentVolumeClaim;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Volume;
import dev.bulwark.kubernetes.Workload;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A replicated workload (Deployment, ReplicaSet, ReplicationController, StatefulSet) whose pods
 * all mount one PersistentVolumeClaim that only one node can mount ({@code ReadWriteOnce},
 * {@code ReadWriteOncePod}), with more than one replica written or allowed by an autoscaler in
 * the set. Only claims the set declares are judged: their access modes are known.
 */
@RuleInfo(code = "KU035", name = "rwo-volume-shared-by-replicas", practice = Practice.ORCHESTRATION,
        severity = Severity.WARNING,
        summary = "Several replicas mount one ReadWriteOnce PersistentVolumeClaim, which only one node can attach.",
        fix = "Run one replica, give each pod its own claim (a StatefulSet's `volumeClaimTemplates`), or use a "
                + "`ReadWriteMany` storage class.")
public final class RwoVolumeSharedByReplicas implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || object.workload().isEmpty() || !isReplicated(object.knownKind())) {
                continue;
            }
            Workload workload = object.workload().get();
            List<RelatedLocation> scale = new ArrayList<>();
            long replicas = workload.replicaCount().orElse(1L);
            if (replicas > 1 && workload.replicas().isPresent()) {
                scale.add(RelatedLocation.of(workload.replicas().get().span(), replicas + " replicas"));
            }
            for (HorizontalPodAutoscaler hpa : ctx.set().autoscalersFor(object)) {
                Optional<Field> max = hpa.maxReplicas();
                if (max.isPresent() && max.get().integer().isPresent() && max.get().integer().getAsLong() > 1) {
                    scale.add(RelatedLocation.of(max.get().span(), "scaled up to " + max.get().integer().getAsLong()
                            + " replicas by " + hpa.object().displayName()));
                }
            }
            if (scale.isEmpty()) {
                continue;
            }
            for (PodTemplate template : workload.templates()) {
                for (Volume volume : template.volumes()) {
                    Optional<PersistentVolumeClaim> claim = ctx.set().claimFor(volume, template);
                    if (claim.isEmpty() || !claim.get().isSingleNodeWritable()) {
                        continue;
                    }
                    List<RelatedLocation> related = new ArrayList<>(scale);
                    if (!claim.get().accessModes().isEmpty()) {
                        related.add(RelatedLocation.of(claim.get().accessModes().get(0).valueSpan(),
                                "access mode of PersistentVolumeClaim `" + claim.get().nameText() + "`"));
                    }
                    Owned.report(sink, volume.claimName().get().valueSpan(), accessModes(claim.get())
                            + " PersistentVolumeClaim `" + claim.get().nameText() + "` shared by the replicas of "
                            + object.displayName(), template.span(), template.displayName(), related);
                }
            }
        }
    }

    private static String accessModes(PersistentVolumeClaim claim) {
        return claim.hasAccessMode("ReadWriteOncePod") ? "ReadWriteOncePod" : "ReadWriteOnce";
    }

    private static boolean isReplicated(KnownKind kind) {
        return kind == KnownKind.DEPLOYMENT || kind == KnownKind.REPLICA_SET || kind == KnownKind.REPLICATION_CONTROLLER
                || kind == KnownKind.STATEFUL_SET;
    }
}
