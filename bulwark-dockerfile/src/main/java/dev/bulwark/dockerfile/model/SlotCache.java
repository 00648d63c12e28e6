package dev.bulwark.dockerfile.model;

/**
 * One value per slot, each set once: racing threads may both compute a value, the first stored
 * wins and every caller sees it. Not an {@code AtomicReferenceArray}: its first use links a
 * {@code VarHandle}, which spins a method-handle class at run time that the class-data-sharing
 * archive cannot hold (bench/README.md, "Start-up"); an uncontended lock costs nothing.
 */
final class SlotCache<T> {
    private final Object[] values;

    SlotCache(int size) {
        values = new Object[size];
    }

    /** The value of the slot, or {@code null} when none was stored yet. */
    @SuppressWarnings("unchecked")
    synchronized T get(int slot) {
        return (T) values[slot];
    }

    /** Stores {@code value} unless the slot has one; returns the slot's value. */
    @SuppressWarnings("unchecked")
    synchronized T putIfAbsent(int slot, T value) {
        if (values[slot] == null) {
            values[slot] = value;
        }
        return (T) values[slot];
    }
}
