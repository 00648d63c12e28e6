package dev.bulwark.kubernetes;

import java.util.Optional;

/** A Namespace, with its Pod Security Admission labels. */
public final class Namespace {
    private final KubeObject object;

    Namespace(KubeObject object) {
        this.object = object;
    }

    public KubeObject object() {
        return object;
    }

    public String name() {
        return object.nameText();
    }

    /** The {@code pod-security.kubernetes.io/enforce} label ({@code privileged}, {@code baseline}, {@code restricted}). */
    public Optional<Field> podSecurityEnforce() {
        return object.labels().get("pod-security.kubernetes.io/enforce");
    }

    @Override
    public String toString() {
        return "Namespace[" + name() + "]";
    }
}
