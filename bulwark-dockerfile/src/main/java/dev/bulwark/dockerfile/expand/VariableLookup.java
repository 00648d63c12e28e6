package dev.bulwark.dockerfile.expand;

import java.util.Map;
import java.util.Optional;

/** The environment an expansion reads: a value when the variable is set (possibly empty). */
@FunctionalInterface
public interface VariableLookup {

    Optional<String> lookup(String name);

    static VariableLookup of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name));
    }

    static VariableLookup empty() {
        return name -> Optional.empty();
    }
}
