package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.EditDistance;
import dev.bulwark.dockerfile.expand.Expansion;
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
        Map<String, Variable> scope = model.variablesAt(instruction);
        Expansion e = model.expander().expand(raw, name -> {
            Variable v = scope.get(name);
            return v == null ? Optional.empty() : Optional.of(v.value().orElse(""));
        });
        return e.isOk() ? e.undefined() : Set.of();
    }

    /** Levenshtein distance, for "did you mean" matches between variable names. */
    static int distance(String a, String b) {
        return EditDistance.levenshtein(a, b);
    }
}
