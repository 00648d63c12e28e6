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
        return path -> Optional.empty();
    }

    /** Looks sources up by {@link SourceText#path()}; the first of several equal paths wins. */
    static SourceLookup of(Collection<SourceText> sources) {
        Map<String, SourceText> byPath = new LinkedHashMap<>();
        for (SourceText source : sources) {
            byPath.putIfAbsent(source.path(), source);
        }
        Map<String, SourceText> frozen = Map.copyOf(byPath);
        return path -> Optional.ofNullable(frozen.get(path));
    }
}
