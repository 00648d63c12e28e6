package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.Volume;
import dev.bulwark.kubernetes.VolumeType;
import dev.bulwark.kubernetes.Workload;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A StatefulSet without {@code volumeClaimTemplates} whose pods mount no persistent volume at
 * all: nothing it writes outlives a pod, so either its data is lost on every reschedule or it is
 * stateless and a Deployment would do. A StatefulSet that mounts a shared claim, a host path or a
 * network volume keeps data somewhere and is left alone (a shared ReadWriteOnce claim is KU035).
 */
@RuleInfo(code = "KU037", name = "statefulset-without-volume-claim-templates", practice = Practice.ORCHESTRATION,
        severity = Severity.INFO,
        summary = "A StatefulSet has no `volumeClaimTemplates` and mounts no persistent volume.",
        fix = "Add `volumeClaimTemplates` for the data each pod keeps, or run a stateless workload as a Deployment.")
public final class StatefulSetWithoutVolumeClaimTemplates implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !object.is(KnownKind.STATEFUL_SET) || object.workload().isEmpty()) {
                continue;
            }
            Workload workload = object.workload().get();
            if (!workload.volumeClaimTemplates().isEmpty() || keepsData(workload)
                    || !ctx.set().patchesFor(object).isEmpty()) {
                continue;
            }
            sink.report(object.locator(), object.displayName() + " has no volumeClaimTemplates and no persistent volume");
        }
    }

    private static boolean keepsData(Workload workload) {
        for (PodTemplate template : workload.templates()) {
            for (Volume v : template.volumes()) {
                VolumeType t = v.type();
                if (t == VolumeType.PERSISTENT_VOLUME_CLAIM || t == VolumeType.HOST_PATH || t == VolumeType.CSI
                        || t == VolumeType.NFS || t == VolumeType.OTHER) {
                    return true;
                }
            }
        }
        return false;
    }
}
