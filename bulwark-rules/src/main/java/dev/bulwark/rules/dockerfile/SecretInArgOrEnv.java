package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.secrets.SecretNames;
import java.util.List;

/**
 * An ARG or ENV whose name says it holds a credential (BuildKit's SecretsUsedInArgOrEnv token
 * list, spec 1.13, extended): an ARG with or without a default (the value given at build time is in
 * the image's history), an ENV with a value (an empty one is a placeholder the runtime fills).
 */
@RuleInfo(code = "DF007", name = "secret-in-arg-or-env", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "An ARG or ENV name looks like it carries a secret.",
        fix = "Pass secrets with `RUN --mount=type=secret` at build time and as runtime configuration, not ARG/ENV.")
public final class SecretInArgOrEnv implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (instruction instanceof ArgInstruction arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    if (SecretNames.looksSecret(d.name())) {
                        report(sink, d.nameRange(), "ARG `" + d.name() + "` looks like a secret",
                                d.defaultValue().isPresent() ? d.defaultRange() : TextRange.empty(0));
                    }
                }
            } else if (instruction instanceof EnvInstruction env) {
                for (KeyValue pair : env.pairs()) {
                    // `ENV OPENAI_API_KEY=""` stores nothing: it names a setting `docker run -e` gives.
                    if (SecretNames.looksSecret(pair.key()) && !isEmpty(pair.value())) {
                        report(sink, pair.keyRange(), "ENV `" + pair.key() + "` looks like a secret",
                                pair.valueRange());
                    }
                }
            }
        }
    }

    // The raw value: empty, or a pair of quotes around nothing.
    private static boolean isEmpty(String raw) {
        return raw.isEmpty() || raw.equals("\"\"") || raw.equals("''");
    }

    /**
     * The value of a secret-named variable is presumed secret: it is marked for redaction so no
     * output (the text report's source snippet included) ever shows it.
     */
    private static void report(FindingSink sink, TextRange name, String message, TextRange value) {
        if (value.isEmpty()) {
            sink.report(name, message);
        } else {
            sink.reportSecret(name, message, List.of(value));
        }
    }
}
