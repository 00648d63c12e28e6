package dev.bulwark.core;

/**
 * Whether a rule's findings come with a fix, and whether applying it is safe: {@code SAFE} keeps
 * what the image does (a cache not kept, a keyword spelled the canonical way), {@code UNSAFE}
 * may change it (a new user, a shell option, an environment variable) and is applied only when
 * asked for.
 */
public enum FixApplicability {
    NONE("none"),
    SAFE("safe"),
    UNSAFE("unsafe");

    private final String id;

    FixApplicability(String id) {
        this.id = id;
    }

    /** How configuration, reports and docs spell it. */
    public String id() {
        return id;
    }
}
