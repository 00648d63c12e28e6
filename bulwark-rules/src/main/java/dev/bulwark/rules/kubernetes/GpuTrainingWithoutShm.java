package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.Lifecycle;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.TemplateKind;
import dev.bulwark.kubernetes.Volume;
import dev.bulwark.kubernetes.VolumeMount;
import dev.bulwark.kubernetes.VolumeType;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.ml.MlCommands;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A GPU container that needs more shared memory than the runtime's 64 MB {@code /dev/shm}, with no
 * in-memory volume there: PyTorch training (a PyTorch image, a PyTorchJob or Trainer job, or
 * {@code torchrun}/{@code deepspeed}/{@code accelerate launch} in its command), which passes
 * data-loader batches through shared memory, any training container with several GPUs (NCCL
 * exchanges through {@code /dev/shm}), and model servers sharding a model over several GPUs.
 * {@code hostIPC: true} or a host path {@code /dev/shm} count as shared memory. KubeRay mounts an
 * in-memory {@code /dev/shm} into Ray pods itself, so Ray groups are not judged.
 */
@RuleInfo(code = "KU045", name = "gpu-training-without-shm", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A PyTorch or multi-GPU container has no in-memory `emptyDir` at `/dev/shm`.",
        fix = "Mount an `emptyDir: {medium: Memory, sizeLimit: 8Gi}` volume at `/dev/shm`.")
public final class GpuTrainingWithoutShm implements KubernetesRule {
    private static final String SHM = "/dev/shm";

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !ctx.set().patchesFor(object).isEmpty() || object.is(KnownKind.DAEMON_SET)) {
                continue;
            }
            for (PodTemplate template : object.podTemplates()) {
                if (!template.hasPodSpec() || isRay(template.kind()) || template.kind() == TemplateKind.SERVING_RUNTIME
                        || sharesHostIpc(template)) {
                    continue;
                }
                for (Container container : template.containers()) {
                    long gpus = GpuWorkloads.gpuCount(container);
                    if (gpus < 1) {
                        continue;
                    }
                    String why = needsShm(ctx, template, container, gpus);
                    if (why.isEmpty()) {
                        continue;
                    }
                    Optional<VolumeMount> mount = container.mountAt(SHM);
                    if (mount.isEmpty()) {
                        Owned.report(sink, container.locator(), why + " " + container.displayName()
                                + " has no in-memory volume at /dev/shm", container);
                    } else if (!isSharedMemory(mount.get())) {
                        Owned.report(sink, mount.get().span(), "/dev/shm of " + why + " " + container.displayName()
                                + " is not memory-backed", container);
                    }
                }
            }
        }
    }

    /** Why the container needs shared memory ("PyTorch training", "multi-GPU training", "multi-GPU model server"), or "". */
    private static String needsShm(KubernetesContext ctx, PodTemplate template, Container container, long gpus) {
        if (template.lifecycle() == Lifecycle.RUN_TO_COMPLETION) {
            if (usesPytorch(ctx, template, container)) {
                return "PyTorch job";
            }
            return gpus >= 2 ? "multi-GPU job" : "";
        }
        if (gpus >= 2) {
            Optional<ImageName> image = ContainerImages.running(container, ctx.set());
            boolean server = container.kind() == ContainerKind.MODEL_SERVER
                    || image.isPresent() && KnownImages.role(image.get()).orElse(null) == ServiceRole.MODEL_SERVER;
            return server ? "multi-GPU model server" : "";
        }
        return "";
    }

    private static boolean usesPytorch(KubernetesContext ctx, PodTemplate template, Container container) {
        KnownKind kind = template.object().knownKind();
        if (kind == KnownKind.PYTORCH_JOB || kind == KnownKind.TRAIN_JOB || kind == KnownKind.TRAINING_RUNTIME
                || kind == KnownKind.CLUSTER_TRAINING_RUNTIME) {
            return true;
        }
        Optional<ImageName> image = ContainerImages.running(container, ctx.set());
        if (image.isPresent() && image.get().path().toLowerCase(Locale.ROOT).contains("torch")) {
            return true;
        }
        return mentionsLauncher(container.command()) || mentionsLauncher(container.args())
                || container.scriptSource().isPresent() && MlCommands.launchesTraining(container.scriptSource().get().textOrEmpty());
    }

    private static boolean mentionsLauncher(List<Field> items) {
        for (Field f : items) {
            if (MlCommands.launchesTraining(f.textOrEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSharedMemory(VolumeMount mount) {
        if (mount.volume().isEmpty()) {
            return true;
        }
        Volume v = mount.volume().get();
        if (v.isMemoryBacked()) {
            return true;
        }
        return v.type() == VolumeType.HOST_PATH && v.hostPath().isPresent()
                && v.hostPath().get().textOrEmpty().startsWith(SHM);
    }

    private static boolean sharesHostIpc(PodTemplate template) {
        return template.hostIPC().isPresent() && template.hostIPC().get().isTrue();
    }

    private static boolean isRay(TemplateKind kind) {
        return kind == TemplateKind.RAY_HEAD || kind == TemplateKind.RAY_WORKER || kind == TemplateKind.RAY_SUBMITTER;
    }
}
