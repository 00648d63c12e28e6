package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.EditDistance;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.expand.VariableLookup;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.Instruction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which variables an expanded text names that are not declared where it is expanded. Unlike
 * {@link Expansion#undefined()} over {@code model.expand}, a variable declared without a value
 * ({@code ARG NAME}) counts as declared: it is set at build time (BuildKit's {@code UndefinedVar}
 * and {@code UndefinedArgInFrom} treat it the same way).
 */
final class Variables {

    private Variables() {
    }

    /** The names {@code raw} references that no ARG, ENV or predefined ARG declares at {@code instruction}. */
    static Set<String> undeclared(DockerfileModel model, Instruction instruction, String raw) {
        if (raw.indexOf('$') < 0) {
            // Only a `$` references a variable (spec 1.9); most words have none.
            return Set.of();
        }
        Expansion e = model.expander().expand(raw, new DeclaredVariables(model.variablesAt(instruction)));
        return e.isOk() ? e.undefined() : Set.of();
    }

    /** A declared variable reads as its value, or as empty when it has none (set at build time). */
    private static final class DeclaredVariables implements VariableLookup {
        private final Map<String, Variable> scope;

        DeclaredVariables(Map<String, Variable> scope) {
            this.scope = scope;
        }

        @Override
        public Optional<String> lookup(String name) {
            Variable v = scope.get(name);
            return v == null ? Optional.empty() : Optional.of(v.value().orElse(""));
        }
    }

    /** Levenshtein distance, for "did you mean" matches between variable names. */
    static int distance(String a, String b) {
        return EditDistance.levenshtein(a, b);
    }
}
