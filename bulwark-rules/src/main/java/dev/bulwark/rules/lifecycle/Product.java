package dev.bulwark.rules.lifecycle;

/**
 * The products of the end-of-life table ({@code end-of-life.tsv}), by the id its first column
 * uses. {@code support} is how a message says what ended, {@code note} the project's rule when it
 * is not a date anyone would guess (only the latest release is fixed), and {@code cadenceDays},
 * for a product that fixes only its latest release, how long the table's newest release can be
 * trusted to still be the latest (0 for the others).
 */
public enum Product {
    PYTHON("python", "Python", Kind.RUNTIME, "support", ""),
    NODE("node", "Node.js", Kind.RUNTIME, "support", ""),
    GO("go", "Go", Kind.RUNTIME, "support", ""),
    JAVA("java", "Java", Kind.RUNTIME, "support (Eclipse Temurin builds)", ""),
    DEBIAN("debian", "Debian", Kind.OS, "support (Debian LTS)", ""),
    UBUNTU("ubuntu", "Ubuntu", Kind.OS, "standard support", "Ubuntu Pro ESM"),
    ALPINE("alpine", "Alpine Linux", Kind.OS, "support", ""),
    CENTOS("centos", "CentOS", Kind.OS, "support", ""),
    RHEL("rhel", "Red Hat Enterprise Linux", Kind.OS, "maintenance support", "Extended Life Cycle Support, a paid add-on"),
    ROCKY("rocky", "Rocky Linux", Kind.OS, "support", ""),
    ALMA("alma", "AlmaLinux", Kind.OS, "support", ""),
    AMAZON_LINUX("amazonlinux", "Amazon Linux", Kind.OS, "support", ""),
    CUDA("cuda", "CUDA", Kind.CUDA, "image support", ""),
    // Shorter than the shortest gap between releases seen lately (README, "End-of-life data"):
    // PyTorch 2.11 to 2.12 took 51 days, TensorFlow 2.17 to 2.18 105, JAX 0.5 to 0.6 89.
    PYTORCH("pytorch", "PyTorch", Kind.FRAMEWORK, "support", "PyTorch fixes only its latest release", 45),
    TENSORFLOW("tensorflow", "TensorFlow", Kind.FRAMEWORK, "support",
            "TensorFlow patches only its latest release", 90),
    JAX("jax", "JAX", Kind.FRAMEWORK, "support", "JAX fixes only its latest release", 75);

    /** What the rules judge: the image's system, its language runtime, NVIDIA's CUDA images, an ML framework. */
    public enum Kind {
        OS,
        RUNTIME,
        CUDA,
        FRAMEWORK
    }

    private final String id;
    private final String display;
    private final Kind kind;
    private final String support;
    private final String note;
    private final int cadenceDays;

    Product(String id, String display, Kind kind, String support, String note) {
        this(id, display, kind, support, note, 0);
    }

    Product(String id, String display, Kind kind, String support, String note, int cadenceDays) {
        this.id = id;
        this.display = display;
        this.kind = kind;
        this.support = support;
        this.note = note;
        this.cadenceDays = cadenceDays;
    }

    public String id() {
        return id;
    }

    public String display() {
        return display;
    }

    public Kind kind() {
        return kind;
    }

    /** What ends: "support", "standard support", "maintenance support". */
    public String support() {
        return support;
    }

    /**
     * For operating systems, what continues after {@code eol} until the row's {@code extended} date
     * ("Ubuntu Pro ESM"); for frameworks, their support rule. Empty when there is nothing to add.
     */
    public String note() {
        return note;
    }

    /**
     * For a product that fixes only its latest release, the days after the table's newest release
     * came out during which no newer one is expected, so that a message may name it; 0 for others.
     */
    public int cadenceDays() {
        return cadenceDays;
    }

    /** The product whose table id is {@code id}, or null. A loop, not {@code valueOf}: no reflection at start-up. */
    public static Product ofId(String id) {
        for (Product p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }
}
