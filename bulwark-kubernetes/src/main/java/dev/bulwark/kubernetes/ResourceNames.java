package dev.bulwark.kubernetes;

/**
 * Well-known resource names. Accelerators are extended resources advertised by device plugins:
 * NVIDIA ({@code nvidia.com/gpu}, MIG slices {@code nvidia.com/mig-1g.5gb}), AMD
 * ({@code amd.com/gpu}), Intel ({@code gpu.intel.com/i915}, {@code gpu.intel.com/xe}), Habana
 * ({@code habana.ai/gaudi}), AWS Neuron ({@code aws.amazon.com/neuron},
 * {@code aws.amazon.com/neuroncore}) and Google TPUs ({@code google.com/tpu}).
 */
public final class ResourceNames {
    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String EPHEMERAL_STORAGE = "ephemeral-storage";
    public static final String STORAGE = "storage";
    public static final String NVIDIA_GPU = "nvidia.com/gpu";
    public static final String AMD_GPU = "amd.com/gpu";

    private ResourceNames() {
    }

    /** True for a GPU or other ML accelerator resource. */
    public static boolean isAccelerator(String name) {
        return name.equals(NVIDIA_GPU) || name.equals(AMD_GPU) || name.startsWith("nvidia.com/mig-")
                || name.startsWith("gpu.intel.com/") || name.startsWith("habana.ai/")
                || name.equals("aws.amazon.com/neuron") || name.equals("aws.amazon.com/neuroncore")
                || name.equals("aws.amazon.com/neurondevice") || name.equals("google.com/tpu");
    }

    /** True for a GPU in the narrow sense (NVIDIA, MIG slices, AMD, Intel). */
    public static boolean isGpu(String name) {
        return name.equals(NVIDIA_GPU) || name.equals(AMD_GPU) || name.startsWith("nvidia.com/mig-")
                || name.startsWith("gpu.intel.com/");
    }
}
