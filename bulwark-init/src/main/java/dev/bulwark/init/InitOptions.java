package dev.bulwark.init;

import java.util.Optional;

/**
 * What the user chose on the command line; empty means "decide from the project".
 *
 * @param gpu      {@code --gpu} (true) or {@code --cpu} (false)
 * @param cuda     {@code --cuda 12.4}
 * @param workload {@code --serve} or {@code --train}
 * @param port     {@code --port}
 * @param registry {@code --registry ghcr.io/acme}: where the image is pushed
 * @param pins     {@code --pin IMAGE=TAG}
 */
public record InitOptions(Optional<Boolean> gpu, Optional<String> cuda, Optional<Workload> workload,
                          Optional<Integer> port, Optional<String> registry, Pins pins) {

    public static InitOptions defaults() {
        return new InitOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Pins.none());
    }
}
