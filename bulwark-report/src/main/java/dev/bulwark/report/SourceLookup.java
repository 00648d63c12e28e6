package dev.bulwark.report;

import dev.bulwark.core.SourceText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the text of a file by the path its findings carry. Reporters use it for snippets (text)
 * and line fingerprints (SARIF); a missing file only drops those extras.
 */
@FunctionalInterface
public interface SourceLookup {

    Optional<SourceText> find(String path);

    /** No sources: reports carry no snippets and no fingerprints. */
    static SourceLookup none() {
        return None.INSTANCE;
    }

    /** Looks sources up by {@link SourceText#path()}; the first of several equal paths wins. */
    static SourceLookup of(Collection<SourceText> sources) {
        Map<String, SourceText> byPath = new LinkedHashMap<>();
        for (SourceText source : sources) {
            byPath.putIfAbsent(source.path(), source);
        }
        return new ByPath(Map.copyOf(byPath));
    }

    /** See {@link SourceLookup#none()}. */
    final class None implements SourceLookup {
        private static final None INSTANCE = new None();

        private None() {
        }

        @Override
        public Optional<SourceText> find(String path) {
            return Optional.empty();
        }
    }

    /** See {@link SourceLookup#of(Collection)}. */
    final class ByPath implements SourceLookup {
        private final Map<String, SourceText> byPath;

        private ByPath(Map<String, SourceText> byPath) {
            this.byPath = byPath;
        }

        @Override
        public Optional<SourceText> find(String path) {
            return Optional.ofNullable(byPath.get(path));
        }
    }
}
