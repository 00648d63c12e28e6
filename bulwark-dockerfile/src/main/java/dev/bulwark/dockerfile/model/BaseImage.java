package dev.bulwark.dockerfile.model;

/** What a stage is built on (spec 1.11). */
public sealed interface BaseImage permits ImageBase, StageBase, ScratchBase {
}
