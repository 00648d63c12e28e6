package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A service {@code ports} entry in canonical form (NOTES 3.9): a short form with a container
 * range gives one entry per port, all pointing at the same node. Every entry publishes: without a
 * host port Docker picks a free one, on {@code hostIp} (all interfaces when empty).
 */
public final class PortMapping {
    private final ComposeNode node;
    private final String hostIp;
    private final String published;
    private final OptionalInt target;
    private final String protocol;
    private final String mode;
    private final boolean shortForm;

    PortMapping(ComposeNode node, String hostIp, String published, OptionalInt target, String protocol, String mode,
                boolean shortForm) {
        this.node = Objects.requireNonNull(node, "node");
        this.hostIp = Objects.requireNonNull(hostIp, "hostIp");
        this.published = Objects.requireNonNull(published, "published");
        this.target = Objects.requireNonNull(target, "target");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.shortForm = shortForm;
    }

    public ComposeNode node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    /** The host address, brackets removed; empty for all interfaces. */
    public String hostIp() {
        return hostIp;
    }

    /** The host port or range ({@code 8080}, {@code 8000-8010}); empty when Docker picks one. */
    public String published() {
        return published;
    }

    /** The container port; empty when it is not a number here (an unresolved variable). */
    public OptionalInt target() {
        return target;
    }

    /** {@code tcp}, {@code udp} or {@code sctp}. */
    public String protocol() {
        return protocol;
    }

    /** {@code ingress} (default) or {@code host}. */
    public String mode() {
        return mode;
    }

    public boolean isShortForm() {
        return shortForm;
    }

    /** True when the value depends on a variable with no value here. */
    public boolean isUnresolved() {
        return Nodes.isUnresolved(node);
    }

    /** Published on every interface of the host: no host address, {@code 0.0.0.0} or {@code ::}. */
    public boolean bindsAllInterfaces() {
        return hostIp.isEmpty() || hostIp.equals("0.0.0.0") || hostIp.equals("::");
    }

    @Override
    public String toString() {
        return "PortMapping[" + hostIp + ":" + published + ":" + (target.isPresent() ? target.getAsInt() : -1)
                + "/" + protocol + "]";
    }
}
