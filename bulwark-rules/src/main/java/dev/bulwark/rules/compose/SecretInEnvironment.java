package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A credential written in a service's {@code environment}: a token of a known format (OpenAI,
 * Hugging Face, GitHub, AWS...) in any variable, or a literal value of a variable whose name says
 * it is secret ({@code POSTGRES_PASSWORD: postgres}, {@code SECRET_KEY: dev-key}). A weak or
 * default password is still a committed credential: the service runs with it, and everyone who can
 * read the repository knows it. Not reported: values taken from {@code .env} or the shell through
 * {@code ${VAR}} (the Compose file holds a reference), empty values, switches and conventional
 * "no key" values ({@code EMPTY}), template markers ({@code <your-token>}, {@code xxxx}), paths,
 * URLs. Each written value is reported once, even when an anchor gives it to several services.
 */
@RuleInfo(code = "DC040", name = "secret-in-environment", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A credential is written in a service's `environment`.",
        fix = "Take it out of the file: `${VAR}` from an untracked `.env`, or a Compose `secrets:` entry read from a file; rotate a real one.")
public final class SecretInEnvironment implements ComposeRule {

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (Service service : ctx.project().services()) {
            for (KeyValue entry : service.environment()) {
                if (entry.value().isEmpty()) {
                    continue;
                }
                ComposeScalar value = entry.value().get();
                List<SecretLiterals.Found> formats = SecretLiterals.formats(value);
                if (!formats.isEmpty()) {
                    for (SecretLiterals.Found f : formats) {
                        if (reported.add(f.span())) {
                            SecretLiterals.report(sink, entry.keySpan(), f.span(), f.kind().description() + " (`"
                                    + f.kind().shape() + "`) written in `" + entry.key() + "`");
                        }
                    }
                    continue;
                }
                Optional<ComposeScalar> literal = SecretLiterals.namedLiteral(entry);
                if (literal.isPresent() && reported.add(literal.get().span())) {
                    SecretLiterals.report(sink, entry.keySpan(), literal.get().span(),
                            "literal value of `" + entry.key() + "` in the Compose file");
                }
            }
        }
    }
}
