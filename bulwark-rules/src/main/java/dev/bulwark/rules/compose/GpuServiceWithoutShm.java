package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.images.GpuImages;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.ml.MlCommands;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A service that gets a GPU and needs more shared memory than Docker's default 64 MB
 * {@code /dev/shm}, with neither {@code shm_size} nor an {@code ipc} mode that shares a larger
 * segment ({@code host}, {@code shareable}, another container's), nor a mount at {@code /dev/shm}.
 * Training is decided from the image and the command: a PyTorch framework image
 * ({@link GpuImages#isPytorchFramework}), whose data-loader workers pass batches through shared
 * memory, or a training launcher ({@link MlCommands#launchesTraining}: {@code torchrun},
 * {@code deepspeed}, {@code accelerate launch}...). Serving: a model server sharding a model over
 * several GPUs ({@code --tensor-parallel-size 2}, {@code --num-shard 2}, or a published model-server
 * image given all or several GPUs), whose NCCL workers exchange through {@code /dev/shm}. Without
 * it they fail with "bus error" or NCCL errors once the data grows.
 */
@RuleInfo(code = "DC036", name = "gpu-service-without-shm", practice = Practice.GPU_SUPPORT,
        severity = Severity.WARNING,
        summary = "A GPU training or multi-GPU serving service keeps Docker's 64 MB `/dev/shm`.",
        fix = "Set `shm_size: 8gb` (or `ipc: host`) on the service.")
public final class GpuServiceWithoutShm implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        if (ctx.partial()) {
            return;
        }
        for (Service service : ctx.project().services()) {
            if (!ServiceGpus.hasAny(service) || hasSharedMemory(service)) {
                continue;
            }
            String why = workload(service);
            if (!why.isEmpty()) {
                sink.report(service.nameSpan(), why + " service `" + service.name()
                        + "` has no `shm_size` or `ipc` setting, so /dev/shm stays at 64 MB");
            }
        }
    }

    /** Why the service needs shared memory, for the message; "" when it is not known to. */
    private static String workload(Service service) {
        Optional<ImageName> image = ServiceImages.pulled(service);
        if (image.isPresent() && GpuImages.isPytorchFramework(image.get())) {
            return "PyTorch";
        }
        List<List<String>> invocations = ServiceCommands.invocations(service);
        int parallel = 1;
        for (List<String> argv : invocations) {
            if (MlCommands.launchesTraining(argv)) {
                return "PyTorch training";
            }
            OptionalInt tp = MlCommands.tensorParallelism(argv);
            if (tp.isPresent()) {
                parallel = Math.max(parallel, tp.getAsInt());
            }
        }
        if (parallel > 1) {
            return "Tensor-parallel model server";
        }
        Optional<KnownImages.Known> known = ServiceImages.known(service);
        if (known.isPresent() && known.get().role() == ServiceRole.MODEL_SERVER && ServiceGpus.several(service)) {
            return "Multi-GPU model server";
        }
        return "";
    }

    private static boolean hasSharedMemory(Service service) {
        if (service.shmSize().isPresent() || service.mountCovering("/dev/shm").isPresent()) {
            return true;
        }
        Optional<ComposeScalar> ipc = service.ipc();
        if (ipc.isEmpty()) {
            return false;
        }
        String mode = ipc.get().value().strip();
        return ipc.get().isUnresolved() || mode.equals("host") || mode.equals("shareable")
                || mode.startsWith("container:") || mode.startsWith("service:");
    }
}
