package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A core Service: type, selector and ports. */
public final class Service {
    private final KubeObject object;
    private final Field type;
    private final StringMap selector;
    private final List<Port> ports;
    private final Field clusterIP;
    private final Field externalName;

    /** One {@code spec.ports[]} item. */
    public static final class Port {
        private final Span span;
        private final Field name;
        private final Field port;
        private final Field targetPort;
        private final Field nodePort;
        private final Field protocol;

        Port(Span span, Field name, Field port, Field targetPort, Field nodePort, Field protocol) {
            this.span = span;
            this.name = name;
            this.port = port;
            this.targetPort = targetPort;
            this.nodePort = nodePort;
            this.protocol = protocol;
        }

        public Span span() {
            return span;
        }

        public Optional<Field> name() {
            return Optional.ofNullable(name);
        }

        public Optional<Field> port() {
            return Optional.ofNullable(port);
        }

        public OptionalLong portNumber() {
            return port == null ? OptionalLong.empty() : port.integer();
        }

        /** {@code targetPort}: a number or a container port's name; absent means the same as {@code port}. */
        public Optional<Field> targetPort() {
            return Optional.ofNullable(targetPort);
        }

        public Optional<Field> nodePort() {
            return Optional.ofNullable(nodePort);
        }

        public Optional<Field> protocol() {
            return Optional.ofNullable(protocol);
        }
    }

    private Service(KubeObject object, Field type, StringMap selector, List<Port> ports, Field clusterIP,
                    Field externalName) {
        this.object = object;
        this.type = type;
        this.selector = selector;
        this.ports = ports;
        this.clusterIP = clusterIP;
        this.externalName = externalName;
    }

    static Service read(ReadContext ctx, KubeObject object) {
        YamlMapping spec = ctx.mapping(object.root(), "spec").orElse(null);
        StringMap selector = spec == null ? StringMap.empty() : StringMap.read(ctx, spec, "selector", false);
        List<Port> ports = new ArrayList<>();
        for (YamlMapping p : ctx.mappingItems(spec, "ports")) {
            ports.add(new Port(ctx.span(p), ctx.string(p, "name").orElse(null), ctx.integer(p, "port").orElse(null),
                    ctx.intOrString(p, "targetPort").orElse(null), ctx.integer(p, "nodePort").orElse(null),
                    ctx.string(p, "protocol").orElse(null)));
        }
        return new Service(object, ctx.string(spec, "type").orElse(null), selector, List.copyOf(ports),
                ctx.string(spec, "clusterIP").orElse(null), ctx.string(spec, "externalName").orElse(null));
    }

    public KubeObject object() {
        return object;
    }

    public Optional<Field> type() {
        return Optional.ofNullable(type);
    }

    /** {@code spec.type}, {@code ClusterIP} when absent (the API default). */
    public String typeText() {
        return type == null ? "ClusterIP" : type.textOrEmpty();
    }

    /** {@code spec.selector}; empty for a Service without selector (its endpoints are managed elsewhere). */
    public StringMap selector() {
        return selector;
    }

    public List<Port> ports() {
        return ports;
    }

    public Optional<Field> clusterIP() {
        return Optional.ofNullable(clusterIP);
    }

    /** True for a headless Service ({@code clusterIP: None}), the kind a StatefulSet's {@code serviceName} names. */
    public boolean isHeadless() {
        return clusterIP != null && clusterIP.textOrEmpty().equals("None");
    }

    public Optional<Field> externalName() {
        return Optional.ofNullable(externalName);
    }

    /** True when the Service has a selector and the template's pod labels satisfy it (namespaces not compared). */
    public boolean selects(PodTemplate template) {
        return !selector.isEmpty() && template.labels().containsAll(selector);
    }

    @Override
    public String toString() {
        return "Service[" + object.nameText() + "]";
    }
}
