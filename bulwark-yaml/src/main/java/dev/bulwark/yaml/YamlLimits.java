package dev.bulwark.yaml;

/**
 * Bounds that keep hostile YAML cheap (ARCHITECTURE "YAML": no YAML bombs).
 *
 * @param maxCodePoints       the loader's input size limit
 * @param maxCollectionAliases the loader's limit on aliases to sequences and mappings
 * @param maxExpandedNodes    the most nodes a document may have once aliases are expanded; the
 *                            composed graph shares aliased nodes, but consumers walking it see
 *                            every expansion, so a wide alias fan-out is refused here
 */
public record YamlLimits(int maxCodePoints, int maxCollectionAliases, int maxExpandedNodes) {

    public YamlLimits {
        if (maxCodePoints <= 0 || maxCollectionAliases < 0 || maxExpandedNodes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 8 Mi code points, 50 collection aliases (the loader's own default), 100 000 expanded nodes. */
    public static YamlLimits defaults() {
        return new YamlLimits(8 * 1024 * 1024, 50, 100_000);
    }
}
