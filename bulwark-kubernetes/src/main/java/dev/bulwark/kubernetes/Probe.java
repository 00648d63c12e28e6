package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A container's liveness, readiness or startup probe. */
public final class Probe {
    /** Which probe. */
    public enum Kind {
        LIVENESS("livenessProbe"), READINESS("readinessProbe"), STARTUP("startupProbe");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The container key: {@code livenessProbe}... */
        public String key() {
            return key;
        }
    }

    /** How a probe checks the container. */
    public enum Handler {
        HTTP_GET("httpGet"), TCP_SOCKET("tcpSocket"), GRPC("grpc"), EXEC("exec"),
        /** No handler written: the API rejects such a probe (in a kustomize patch it may be filled elsewhere). */
        NONE("");

        private final String key;

        Handler(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Kind kind;
    private final Field field;
    private final Handler handler;
    private final Field handlerField;
    private final Field port;
    private final Field path;
    private final List<Field> command;
    private final Field host;
    private final YamlMapping node;
    private final Field initialDelaySeconds;
    private final Field periodSeconds;
    private final Field failureThreshold;

    private Probe(ReadContext ctx, Kind kind, Field field, YamlMapping node, Handler handler, Field handlerField,
                  Field port, Field path, List<Field> command, Field host) {
        this.kind = kind;
        this.field = field;
        this.node = node;
        this.handler = handler;
        this.handlerField = handlerField;
        this.port = port;
        this.path = path;
        this.command = command;
        this.host = host;
        this.initialDelaySeconds = ctx.integer(node, "initialDelaySeconds").orElse(null);
        this.periodSeconds = ctx.integer(node, "periodSeconds").orElse(null);
        this.failureThreshold = ctx.integer(node, "failureThreshold").orElse(null);
    }

    static Optional<Probe> read(ReadContext ctx, YamlMapping container, Kind kind) {
        Optional<YamlMapping> m = ctx.mapping(container, kind.key());
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Field field = ctx.field(container, kind.key()).get();
        Handler[] handlers = {Handler.HTTP_GET, Handler.TCP_SOCKET, Handler.GRPC, Handler.EXEC};
        for (Handler h : handlers) {
            Optional<YamlMapping> hm = ctx.mapping(m.get(), h.key());
            if (hm.isEmpty()) {
                continue;
            }
            Field hf = ctx.field(m.get(), h.key()).get();
            Field port = null;
            Field path = null;
            Field host = null;
            List<Field> command = List.of();
            if (h == Handler.HTTP_GET) {
                port = ctx.intOrString(hm.get(), "port").orElse(null);
                path = ctx.string(hm.get(), "path").orElse(null);
                host = ctx.string(hm.get(), "host").orElse(null);
            } else if (h == Handler.TCP_SOCKET) {
                port = ctx.intOrString(hm.get(), "port").orElse(null);
                host = ctx.string(hm.get(), "host").orElse(null);
            } else if (h == Handler.GRPC) {
                port = ctx.integer(hm.get(), "port").orElse(null);
            } else {
                command = ctx.stringList(hm.get(), "command");
            }
            return Optional.of(new Probe(ctx, kind, field, m.get(), h, hf, port, path, command, host));
        }
        return Optional.of(new Probe(ctx, kind, field, m.get(), Handler.NONE, null, null, null, List.of(), null));
    }

    public Kind kind() {
        return kind;
    }

    /** The {@code livenessProbe: ...} entry. */
    public Field field() {
        return field;
    }

    public YamlMapping node() {
        return node;
    }

    /** From the probe's key through its body. */
    public Span span() {
        return field.span();
    }

    public Handler handler() {
        return handler;
    }

    /** The {@code httpGet:}/{@code tcpSocket:}/{@code grpc:}/{@code exec:} entry. */
    public Optional<Field> handlerField() {
        return Optional.ofNullable(handlerField);
    }

    /** The {@code port} of an HTTP, TCP or gRPC probe: a number or a named container port. */
    public Optional<Field> port() {
        return Optional.ofNullable(port);
    }

    /** The port number, when the port is written as a number. */
    public OptionalLong portNumber() {
        return port == null ? OptionalLong.empty() : port.integer();
    }

    /** The port name, when the port is written as a name (an {@code IANA_SVC_NAME} of a container port). */
    public Optional<String> portName() {
        if (port == null || port.integer().isPresent() || !port.isString()) {
            return Optional.empty();
        }
        return port.text();
    }

    /** The HTTP path of an {@code httpGet} probe. */
    public Optional<Field> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The {@code host} of an HTTP or TCP probe: it then checks another address than the pod's own
     * IP, so the port need not be one of the container's.
     */
    public Optional<Field> host() {
        return Optional.ofNullable(host);
    }

    /** {@code initialDelaySeconds} (the API default is 0). */
    public Optional<Field> initialDelaySeconds() {
        return Optional.ofNullable(initialDelaySeconds);
    }

    /** {@code periodSeconds} (the API default is 10). */
    public Optional<Field> periodSeconds() {
        return Optional.ofNullable(periodSeconds);
    }

    /** {@code failureThreshold} (the API default is 3). */
    public Optional<Field> failureThreshold() {
        return Optional.ofNullable(failureThreshold);
    }

    /**
     * How long a container may go unanswered after it starts before this probe fails it: the
     * initial delay plus {@code failureThreshold} periods, with the API defaults (0 s, 3 × 10 s)
     * for what is not written or not a number.
     */
    public long toleranceSeconds() {
        long delay = number(initialDelaySeconds, 0);
        long period = number(periodSeconds, 10);
        long threshold = number(failureThreshold, 3);
        return delay + period * threshold;
    }

    private static long number(Field f, long fallback) {
        if (f == null || f.integer().isEmpty()) {
            return fallback;
        }
        long n = f.integer().getAsLong();
        // The API defaults a zero (unset in Go) field; a negative one it rejects.
        return n <= 0 ? fallback : Math.min(n, 1_000_000_000L);
    }

    /** The command of an {@code exec} probe. */
    public List<Field> command() {
        return command;
    }

    @Override
    public String toString() {
        return "Probe[" + kind + " " + handler + "]";
    }
}
