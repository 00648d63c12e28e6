package dev.bulwark.compose;

import dev.bulwark.core.Span;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A device reservation (NOTES 3.10): a {@code deploy.resources.reservations.devices} entry or a
 * {@code gpus} entry ({@code gpus: all} is one entry with {@code count: all}). Without
 * {@code count} and {@code device_ids} Compose reserves all devices.
 */
public final class DeviceRequest {

    /** Where the request was written. */
    public enum Origin { DEPLOY_RESERVATION, GPUS }

    private final ComposeNode node;
    private final Origin origin;
    private final List<ComposeScalar> capabilities;
    private final Optional<ComposeScalar> driver;
    private final Optional<ComposeScalar> count;
    private final List<ComposeScalar> deviceIds;

    DeviceRequest(ComposeNode node, Origin origin, List<ComposeScalar> capabilities, Optional<ComposeScalar> driver,
                  Optional<ComposeScalar> count, List<ComposeScalar> deviceIds) {
        this.node = Objects.requireNonNull(node, "node");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.capabilities = List.copyOf(capabilities);
        this.driver = driver;
        this.count = count;
        this.deviceIds = List.copyOf(deviceIds);
    }

    public ComposeNode node() {
        return node;
    }

    public Span span() {
        return node.span();
    }

    public Origin origin() {
        return origin;
    }

    public List<ComposeScalar> capabilities() {
        return capabilities;
    }

    public boolean hasCapability(String capability) {
        for (ComposeScalar c : capabilities) {
            if (c.value().equals(capability)) {
                return true;
            }
        }
        return false;
    }

    public Optional<ComposeScalar> driver() {
        return driver;
    }

    public Optional<ComposeScalar> count() {
        return count;
    }

    public List<ComposeScalar> deviceIds() {
        return deviceIds;
    }

    /** {@code count: all}, or neither {@code count} nor {@code device_ids} (Compose then sets {@code all}). */
    public boolean countsAll() {
        if (count.isPresent()) {
            return count.get().value().equals("all");
        }
        return deviceIds.isEmpty();
    }

    public OptionalLong countNumber() {
        return count.isPresent() ? count.get().asLong() : OptionalLong.empty();
    }

    /**
     * A GPU request: any {@code gpus} entry (the capability is implied), or a reservation with the
     * {@code gpu} capability, a driver-specific GPU capability ({@code nvidia-compute}...), or the
     * {@code nvidia} or {@code amd} driver.
     */
    public boolean isGpu() {
        if (origin == Origin.GPUS) {
            return true;
        }
        for (ComposeScalar c : capabilities) {
            String v = c.value().toLowerCase(Locale.ROOT);
            if (v.equals("gpu") || v.startsWith("nvidia")) {
                return true;
            }
        }
        if (driver.isPresent()) {
            String d = driver.get().value().toLowerCase(Locale.ROOT);
            return d.equals("nvidia") || d.equals("amd");
        }
        return false;
    }

    @Override
    public String toString() {
        return "DeviceRequest[" + origin + "]";
    }
}
