package dev.bulwark.rules.compose;

import dev.bulwark.compose.DeviceMapping;
import dev.bulwark.compose.DeviceRequest;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import dev.bulwark.rules.images.GpuVendor;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a service gets GPUs (NOTES 3.10): a device reservation with the {@code gpu} capability,
 * {@code gpus:}, a CDI device ({@code nvidia.com/gpu=all}), the legacy {@code runtime: nvidia}, a
 * mapped NVIDIA device node, or for AMD GPUs the {@code /dev/kfd} and {@code /dev/dri} device nodes
 * ROCm's documentation maps, for Intel GPUs {@code /dev/dri} (or {@code privileged}, which exposes
 * every device node).
 */
public final class ServiceGpus {
    private ServiceGpus() {
    }

    /** True when the service gets an NVIDIA GPU in any of the ways above. */
    static boolean hasNvidia(Service service) {
        if (service.requestsGpu() || service.usesNvidiaRuntime()) {
            return true;
        }
        for (DeviceMapping d : service.devices()) {
            if (d.source().startsWith("/dev/nvidia")) {
                return true;
            }
        }
        return false;
    }

    /** True when the service gets an AMD GPU: a GPU request, an AMD CDI device, the ROCm device nodes, or {@code privileged}. */
    static boolean hasAmd(Service service) {
        if (service.requestsGpu() || service.isPrivileged()) {
            return true;
        }
        for (DeviceMapping d : service.devices()) {
            String s = d.source();
            if (s.startsWith("/dev/kfd") || s.startsWith("/dev/dri") || d.isCdi() && s.startsWith("amd.com/")) {
                return true;
            }
        }
        return false;
    }

    /** True when the service gets an Intel GPU: a GPU request, the {@code /dev/dri} device nodes, or {@code privileged}. */
    static boolean hasIntel(Service service) {
        if (service.requestsGpu() || service.isPrivileged()) {
            return true;
        }
        for (DeviceMapping d : service.devices()) {
            if (d.source().startsWith("/dev/dri") || d.isCdi() && d.source().startsWith("intel.com/")) {
                return true;
            }
        }
        return false;
    }

    /** True when the service gets a GPU of {@code vendor}. */
    public static boolean has(Service service, GpuVendor vendor) {
        switch (vendor) {
            case AMD:
                return hasAmd(service);
            case INTEL:
                return hasIntel(service);
            default:
                return hasNvidia(service);
        }
    }

    /**
     * True when the service is given a GPU explicitly: an NVIDIA GPU in any of the ways above, or
     * the AMD or Intel device nodes. {@code privileged} alone says nothing about what the service
     * does with the devices it exposes.
     */
    public static boolean hasAny(Service service) {
        if (hasNvidia(service)) {
            return true;
        }
        for (DeviceMapping d : service.devices()) {
            String s = d.source();
            if (s.startsWith("/dev/kfd") || s.startsWith("/dev/dri") || d.isCdi() && s.contains("gpu")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the service may get several GPUs: a request for {@code all} or for two or more,
     * a CDI {@code =all} device, {@code runtime: nvidia} with {@code NVIDIA_VISIBLE_DEVICES=all} or a
     * list, or the whole {@code /dev/dri} directory.
     */
    static boolean several(Service service) {
        for (DeviceRequest r : service.gpuRequests()) {
            if (r.countsAll() || r.deviceIds().size() >= 2) {
                return true;
            }
            OptionalLong n = r.countNumber();
            if (n.isPresent() && n.getAsLong() >= 2) {
                return true;
            }
        }
        for (DeviceMapping d : service.devices()) {
            String s = d.source();
            if (d.isCdi() && s.endsWith("=all") || s.equals("/dev/dri") || s.equals("/dev/dri/")) {
                return true;
            }
        }
        if (service.usesNvidiaRuntime()) {
            Optional<KeyValue> visible = service.environment("NVIDIA_VISIBLE_DEVICES");
            if (visible.isPresent() && visible.get().value().isPresent() && !visible.get().value().get().isUnresolved()) {
                String v = visible.get().valueText().strip();
                return v.equals("all") || v.indexOf(',') >= 0;
            }
        }
        return false;
    }
}
