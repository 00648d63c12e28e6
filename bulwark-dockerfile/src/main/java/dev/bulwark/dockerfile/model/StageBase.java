package dev.bulwark.dockerfile.model;

/** A stage built {@code FROM} an earlier stage (spec 1.11). */
public record StageBase(Stage parent) implements BaseImage {

    @Override
    public String toString() {
        return "StageBase[" + parent.displayName() + "]";
    }
}
