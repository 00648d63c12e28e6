package dev.bulwark.compose.schema;

import dev.bulwark.compose.ComposeEntry;
import dev.bulwark.compose.ComposeMapping;
import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.ComposeSequence;
import dev.bulwark.compose.ScalarType;
import java.util.Optional;
import java.util.OptionalDouble;

/** JSON equality of two nodes, as {@code uniqueItems} compares items (numbers by value, mappings unordered). */
final class JsonEquality {
    private JsonEquality() {
    }

    static boolean same(ComposeNode a, ComposeNode b) {
        if (a instanceof ComposeScalar x && b instanceof ComposeScalar y) {
            boolean xNumber = x.type() == ScalarType.INTEGER || x.type() == ScalarType.FLOAT;
            boolean yNumber = y.type() == ScalarType.INTEGER || y.type() == ScalarType.FLOAT;
            if (xNumber && yNumber) {
                OptionalDouble dx = x.asDouble();
                OptionalDouble dy = y.asDouble();
                return dx.isPresent() && dy.isPresent() ? Double.compare(dx.getAsDouble(), dy.getAsDouble()) == 0
                        : x.value().equals(y.value());
            }
            if (x.type() != y.type()) {
                return false;
            }
            if (x.type() == ScalarType.BOOLEAN) {
                Optional<Boolean> bx = x.asBoolean();
                Optional<Boolean> by = y.asBoolean();
                return bx.isPresent() && by.isPresent() && bx.get().booleanValue() == by.get().booleanValue();
            }
            return x.type() == ScalarType.NULL || x.value().equals(y.value());
        }
        if (a instanceof ComposeSequence x && b instanceof ComposeSequence y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof ComposeMapping x && b instanceof ComposeMapping y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (ComposeEntry e : x.entries()) {
                Optional<ComposeNode> other = y.get(e.key());
                if (other.isEmpty() || !same(e.value(), other.get())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
