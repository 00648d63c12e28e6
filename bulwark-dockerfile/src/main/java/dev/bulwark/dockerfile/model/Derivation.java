package dev.bulwark.dockerfile.model;

/**
 * A fact derived from a model and one of its parts (an instruction, a stage), for
 * {@link DockerfileModel#derived}: a pure function of the two, held in a constant, since the memo
 * tells derivations apart by identity.
 *
 * @param <K> the part the fact is about
 * @param <V> the fact
 */
@FunctionalInterface
public interface Derivation<K, V> {

    V compute(DockerfileModel model, K key);
}
