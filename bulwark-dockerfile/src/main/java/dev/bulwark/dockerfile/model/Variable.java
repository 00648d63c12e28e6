package dev.bulwark.dockerfile.model;

import dev.bulwark.dockerfile.syntax.Instruction;

import java.util.Optional;

/**
 * A variable in effect at an instruction (spec 1.10).
 *
 * @param value      the statically known value; empty when declared without one ({@code ARG X}
 *                   with no default and no global default) or set only at build time (platform
 *                   and proxy ARGs); such a variable expands as unset
 * @param declaredBy the ARG or ENV instruction that set it; empty for predefined ARGs
 * @param resolved   whether the value is fully known: present, and every variable its expansion
 *                   referenced was itself resolved ({@code ARG B=${A}x} with {@code A} unknown is not)
 */
public record Variable(String name, Optional<String> value, Kind kind, Optional<Instruction> declaredBy,
                       boolean resolved) {

    /** Where a variable comes from. */
    public enum Kind {
        /** An ARG instruction (global or stage). */
        ARG,
        /** An ENV instruction; persists into the image and into child stages. */
        ENV,
        /** A predefined ARG: platform ARGs in the global scope, proxy ARGs everywhere (spec 1.10). */
        PREDEFINED
    }

    public Variable {
        resolved = resolved && value.isPresent();
    }

    static Variable predefined(String name) {
        return new Variable(name, Optional.empty(), Kind.PREDEFINED, Optional.empty(), false);
    }
}
