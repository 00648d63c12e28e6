package dev.bulwark.project;

/**
 * Bounds of one context walk: entries visited (files, folders and links) and folder depth. Past
 * either, the walk stops or skips and says so; sizes are then lower bounds.
 */
public record WalkLimits(int maxEntries, int maxDepth, int maxNotable) {

    public static final WalkLimits DEFAULT = new WalkLimits(200_000, 64, 2_000);

    public WalkLimits {
        if (maxEntries < 1 || maxDepth < 1 || maxNotable < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
