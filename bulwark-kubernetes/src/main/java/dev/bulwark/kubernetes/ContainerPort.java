package dev.bulwark.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.util.Optional;
import java.util.OptionalLong;

/** One {@code ports[]} item of a container. */
public final class ContainerPort {
    private final Span span;
    private final Field containerPort;
    private final Field name;
    private final Field hostPort;
    private final Field hostIP;
    private final Field protocol;

    private ContainerPort(Span span, Field containerPort, Field name, Field hostPort, Field hostIP, Field protocol) {
        this.span = span;
        this.containerPort = containerPort;
        this.name = name;
        this.hostPort = hostPort;
        this.hostIP = hostIP;
        this.protocol = protocol;
    }

    static ContainerPort read(ReadContext ctx, YamlMapping m) {
        return new ContainerPort(ctx.span(m), ctx.integer(m, "containerPort").orElse(null),
                ctx.string(m, "name").orElse(null), ctx.integer(m, "hostPort").orElse(null),
                ctx.string(m, "hostIP").orElse(null), ctx.string(m, "protocol").orElse(null));
    }

    public Span span() {
        return span;
    }

    public Optional<Field> containerPort() {
        return Optional.ofNullable(containerPort);
    }

    /** The port number, when it is a valid integer. */
    public OptionalLong number() {
        return containerPort == null ? OptionalLong.empty() : containerPort.integer();
    }

    public Optional<Field> name() {
        return Optional.ofNullable(name);
    }

    /** The port's name, {@code ""} when unnamed. */
    public String nameText() {
        return name == null ? "" : name.textOrEmpty();
    }

    public Optional<Field> hostPort() {
        return Optional.ofNullable(hostPort);
    }

    public Optional<Field> hostIP() {
        return Optional.ofNullable(hostIP);
    }

    public Optional<Field> protocol() {
        return Optional.ofNullable(protocol);
    }

    @Override
    public String toString() {
        return "ContainerPort[" + number() + " " + nameText() + "]";
    }
}
