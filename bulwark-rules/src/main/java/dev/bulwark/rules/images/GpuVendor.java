package dev.bulwark.rules.images;

/** The accelerator an image is built for, and how each orchestrator asks for one. */
public enum GpuVendor {
    NVIDIA("NVIDIA", "nvidia.com/gpu"),
    AMD("AMD", "amd.com/gpu"),
    INTEL("Intel", "gpu.intel.com/i915");

    private final String displayName;
    private final String kubernetesResource;

    GpuVendor(String displayName, String kubernetesResource) {
        this.displayName = displayName;
        this.kubernetesResource = kubernetesResource;
    }

    public String displayName() {
        return displayName;
    }

    /** The extended resource a Kubernetes container requests in its limits. */
    public String kubernetesResource() {
        return kubernetesResource;
    }
}
