package dev.bulwark.report;

/** How often a rule's findings are true positives; SARIF {@code properties.precision} (spec 4.2). */
public enum Precision {
    VERY_HIGH("very-high"),
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String id;

    Precision(String id) {
        this.id = id;
    }

    /** The value GitHub code scanning understands. */
    public String id() {
        return id;
    }
}
