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
    private final YamlMapping node;

    private Probe(Kind kind, Field field, YamlMapping node, Handler handler, Field handlerField, Field port, Field path,
                  List<Field> command) {
        this.kind = kind;
        this.field = field;
        this.node = node;
        this.handler = handler;
        this.handlerField = handlerField;
        this.port = port;
        this.path = path;
        this.command = command;
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
            List<Field> command = List.of();
            if (h == Handler.HTTP_GET) {
                port = ctx.intOrString(hm.get(), "port").orElse(null);
                path = ctx.string(hm.get(), "path").orElse(null);
            } else if (h == Handler.TCP_SOCKET) {
                port = ctx.intOrString(hm.get(), "port").orElse(null);
            } else if (h == Handler.GRPC) {
                port = ctx.integer(hm.get(), "port").orElse(null);
            } else {
                command = ctx.stringList(hm.get(), "command");
            }
            return Optional.of(new Probe(kind, field, m.get(), h, hf, port, path, command));
        }
        return Optional.of(new Probe(kind, field, m.get(), Handler.NONE, null, null, null, List.of()));
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

    /** The command of an {@code exec} probe. */
    public List<Field> command() {
        return command;
    }

    @Override
    public String toString() {
        return "Probe[" + kind + " " + handler + "]";
    }
}
