package dev.bulwark.kubernetes;

import java.util.Optional;

/** A ServiceAccount: whether pods using it get its token mounted by default. */
public final class ServiceAccount {
    private final KubeObject object;
    private final Field automountServiceAccountToken;

    private ServiceAccount(KubeObject object, Field automount) {
        this.object = object;
        this.automountServiceAccountToken = automount;
    }

    static ServiceAccount read(ReadContext ctx, KubeObject object) {
        return new ServiceAccount(object, ctx.bool(object.root(), "automountServiceAccountToken").orElse(null));
    }

    public KubeObject object() {
        return object;
    }

    /** {@code automountServiceAccountToken} (a pod's own setting wins over it). */
    public Optional<Field> automountServiceAccountToken() {
        return Optional.ofNullable(automountServiceAccountToken);
    }

    @Override
    public String toString() {
        return "ServiceAccount[" + object.nameText() + "]";
    }
}
