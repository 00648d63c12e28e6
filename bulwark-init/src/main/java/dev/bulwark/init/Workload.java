package dev.bulwark.init;

/** What the image is for: a long-running server, or a job that runs to completion. */
public enum Workload {
    SERVE("serve"),
    TRAIN("train");

    private final String label;

    Workload(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
