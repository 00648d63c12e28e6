package dev.bulwark.dockerfile.expand;

import java.util.Map;
import java.util.Optional;

/** The environment an expansion reads: a value when the variable is set (possibly empty). */
@FunctionalInterface
public interface VariableLookup {

    Optional<String> lookup(String name);

    static VariableLookup of(Map<String, String> values) {
        return new MapLookup(Map.copyOf(values));
    }

    static VariableLookup empty() {
        return NoVariables.INSTANCE;
    }

    /** The lookup of {@link #of}: the variables of a fixed map. */
    final class MapLookup implements VariableLookup {

        private final Map<String, String> values;

        private MapLookup(Map<String, String> values) {
            this.values = values;
        }

        @Override
        public Optional<String> lookup(String name) {
            return Optional.ofNullable(values.get(name));
        }
    }

    /** The lookup of {@link #empty}: no variable is set. */
    final class NoVariables implements VariableLookup {

        private static final NoVariables INSTANCE = new NoVariables();

        private NoVariables() {
        }

        @Override
        public Optional<String> lookup(String name) {
            return Optional.empty();
        }
    }
}
