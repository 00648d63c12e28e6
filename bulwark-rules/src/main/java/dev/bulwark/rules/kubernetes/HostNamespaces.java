package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.SpanSink;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The check of the three host-namespace rules: a pod-level {@code hostNetwork}, {@code hostPID}
 * or {@code hostIPC} set to {@code true}, reported where it is written (once, when an Argo
 * workflow's spec gives it to several templates), in patches too.
 */
final class HostNamespaces {
    /** Which namespace. */
    enum Kind {
        NETWORK("hostNetwork", "network"), PID("hostPID", "process IDs"), IPC("hostIPC", "IPC");

        private final String key;
        private final String what;

        Kind(String key, String what) {
            this.key = key;
            this.what = what;
        }
    }

    private HostNamespaces() {
    }

    static void check(KubernetesContext ctx, SpanSink sink, Kind kind) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            Optional<Field> f = field(t, kind);
            if (f.isPresent() && f.get().isTrue() && reported.add(f.get().span())) {
                Pods.report(sink, f.get().span(), "`" + kind.key + ": true` shares the node's " + kind.what + " with "
                        + t.displayName(), t);
            }
        }
    }

    private static Optional<Field> field(PodTemplate t, Kind kind) {
        switch (kind) {
            case NETWORK:
                return t.hostNetwork();
            case PID:
                return t.hostPID();
            default:
                return t.hostIPC();
        }
    }
}
