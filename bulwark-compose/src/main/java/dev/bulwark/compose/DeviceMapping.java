package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.Objects;

/**
 * A service {@code devices} entry: {@code HOST[:CONTAINER[:PERMISSIONS]]}, the long form
 * {@code {source, target, permissions}}, or a CDI name such as {@code nvidia.com/gpu=all}.
 */
public final class DeviceMapping {
    private final ComposeNode node;
    private final String source;
    private final String target;
    private final String permissions;
    private final boolean shortForm;

    DeviceMapping(ComposeNode node, String source, String target, String permissions, boolean shortForm) {
        this.node = Objects.requireNonNull(node, "node");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.shortForm = shortForm;
    }

    public ComposeNode node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    /** {@code rwm} by default. */
    public String permissions() {
        return permissions;
    }

    public boolean isShortForm() {
        return shortForm;
    }

    /** A CDI device name {@code vendor/class=name} ({@code nvidia.com/gpu=all}), not a host path. */
    public boolean isCdi() {
        int eq = source.indexOf('=');
        int slash = source.indexOf('/');
        return !source.startsWith("/") && slash > 0 && eq > slash;
    }

    @Override
    public String toString() {
        return "DeviceMapping[" + source + " -> " + target + "]";
    }
}
