package dev.bulwark.init;

/** The deep-learning framework whose CUDA build a project asks for, if any. */
public enum GpuFramework {
    TORCH("PyTorch"),
    TENSORFLOW("TensorFlow"),
    JAX("JAX"),
    NONE("none");

    private final String label;

    GpuFramework(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
