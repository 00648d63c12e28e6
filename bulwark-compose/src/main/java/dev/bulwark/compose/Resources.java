package dev.bulwark.compose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code deploy.resources.limits} or {@code deploy.resources.reservations}: CPUs, memory, pids
 * and (reservations only) devices. Empty when not written. Values keep their spans: a limit set
 * only in an override file points there.
 */
public final class Resources {
    private final Optional<ComposeMapping> node;
    private final Optional<ComposeScalar> cpus;
    private final Optional<ComposeScalar> memory;
    private final Optional<ComposeScalar> pids;
    private final List<DeviceRequest> devices;

    Resources(Optional<ComposeMapping> node, Optional<ComposeScalar> cpus, Optional<ComposeScalar> memory,
              Optional<ComposeScalar> pids, List<DeviceRequest> devices) {
        this.node = Objects.requireNonNull(node, "node");
        this.cpus = cpus;
        this.memory = memory;
        this.pids = pids;
        this.devices = List.copyOf(devices);
    }

    static Resources none() {
        return new Resources(Optional.<ComposeMapping>empty(), Optional.<ComposeScalar>empty(),
                Optional.<ComposeScalar>empty(), Optional.<ComposeScalar>empty(), List.<DeviceRequest>of());
    }

    public Optional<ComposeMapping> node() {
        return node;
    }

    public Optional<ComposeScalar> cpus() {
        return cpus;
    }

    public Optional<ComposeScalar> memory() {
        return memory;
    }

    public Optional<ComposeScalar> pids() {
        return pids;
    }

    public List<DeviceRequest> devices() {
        return devices;
    }
}
