package dev.bulwark.yaml;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Where a document crossed one of the loader's limits. snakeyaml-engine's composer reports its
 * alias limit without a position, and deep nesting overflows the stack of its recursive composer,
 * so a hostile file's problem would sit at the document's start, far from the bomb. The parser
 * underneath is not recursive: one pass over its events, only after such a failure, finds the
 * place.
 */
final class LimitPlaces {
    /** Nesting past this depth is named as the place of a "nesting too deep" problem. */
    static final int REPORTED_DEPTH = 1_000;

    private LimitPlaces() {
    }

    /** The alias that takes the count of aliases to collections past {@code maxAliases}. */
    static Optional<Mark> aliasOverLimit(String text, LoadSettings settings, int maxAliases) {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext()) {
                Event event = events.next();
                if (event instanceof CollectionStartEvent start && start.getAnchor().isPresent()) {
                    collectionAnchors.add(start.getAnchor().get().getValue());
                } else if (event instanceof AliasEvent alias
                        && collectionAnchors.contains(alias.getAlias().getValue()) && ++aliases > maxAliases) {
                    return alias.getStartMark();
                }
            }
        } catch (YamlEngineException | IllegalArgumentException e) {
            // A syntax error after the place searched for: the composer's own report stands.
        }
        return Optional.empty();
    }

    /** The first collection opened more than {@link #REPORTED_DEPTH} levels deep. */
    static Optional<Mark> tooDeep(String text, LoadSettings settings) {
        int depth = 0;
        try {
            Iterator<Event> events = new Parse(settings).parseString(text).iterator();
            while (events.hasNext()) {
                Event event = events.next();
                if (event instanceof CollectionStartEvent start) {
                    if (++depth > REPORTED_DEPTH) {
                        return start.getStartMark();
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YamlEngineException | IllegalArgumentException e) {
            // As above.
        }
        return Optional.empty();
    }
}
