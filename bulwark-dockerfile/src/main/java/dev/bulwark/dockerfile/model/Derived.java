package dev.bulwark.dockerfile.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The memo behind {@link DockerfileModel#derived}. Racing threads may both compute a value; the
 * first one stored wins, so every caller sees the same object. A derivation may ask for other
 * derived values while it computes (no lock is held).
 */
final class Derived {
    // Derivation and key by identity: instructions are records whose equality is structural and
    // costly, and two equal instructions at different places are different keys.
    private record Key(Derivation<?, ?> derivation, Object key) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.derivation == derivation && k.key == key;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(derivation) + System.identityHashCode(key);
        }
    }

    private final ConcurrentHashMap<Key, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <K, V> V get(DockerfileModel model, Derivation<K, V> derivation, K key) {
        Key k = new Key(derivation, key);
        Object value = values.get(k);
        if (value == null) {
            value = derivation.compute(model, key);
            Object first = values.putIfAbsent(k, value);
            if (first != null) {
                value = first;
            }
        }
        return (V) value;
    }
}
