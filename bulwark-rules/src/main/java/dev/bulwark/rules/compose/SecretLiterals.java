package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.PlaceholderValues;
import dev.bulwark.rules.secrets.SecretFormats;
import dev.bulwark.rules.secrets.SecretKind;
import dev.bulwark.rules.secrets.SecretMatch;
import dev.bulwark.rules.secrets.SecretNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Credentials written in a Compose file itself, shared by the secret rules on {@code environment},
 * {@code build.args} and commands. A value is written in the file when it uses no variable: a
 * value that comes from {@code .env} through {@code ${VAR}} is not in the Compose file (the
 * {@code .env} is judged on its own). A credential of a known format counts only where its text
 * really is in the file (not where a variable put it).
 */
public final class SecretLiterals {

    /** A credential of a known format and where its text is. */
    public record Found(SecretKind kind, Span span) {
    }

    private SecretLiterals() {
    }

    /**
     * Credentials of known formats written in the scalar, also in a variable's default: the text as
     * written (before interpolation) is scanned, and each match is located in the file.
     */
    public static List<Found> formats(ComposeScalar value) {
        List<Found> out = new ArrayList<>();
        if (value.isImplied()) {
            return out;
        }
        String raw = withoutDefaultOperators(value.raw());
        Span span = value.span();
        String fileText = span.text();
        for (SecretMatch m : SecretFormats.find(raw)) {
            String token = m.range().textOf(raw);
            int at = fileText.indexOf(token);
            if (at >= 0) {
                int start = span.range().start() + at;
                out.add(new Found(m.kind(), new Span(span.source(), new TextRange(start, start + token.length()))));
            }
        }
        return out;
    }

    /**
     * The raw text with the operators of {@code ${VAR:-default}} forms blanked, so a token written
     * as a default is not glued to the {@code -} before it (offsets are kept).
     */
    static String withoutDefaultOperators(String raw) {
        StringBuilder b = new StringBuilder(raw);
        int i = raw.indexOf("${");
        while (i >= 0) {
            int j = i + 2;
            while (j < raw.length() && (Character.isLetterOrDigit(raw.charAt(j)) || raw.charAt(j) == '_')) {
                j++;
            }
            while (j < raw.length() && (raw.charAt(j) == ':' || raw.charAt(j) == '-' || raw.charAt(j) == '+'
                    || raw.charAt(j) == '?')) {
                b.setCharAt(j, ' ');
                j++;
            }
            i = raw.indexOf("${", j);
        }
        return b.toString();
    }

    /** True when the value is written in the file (no variable) and could be a working credential. */
    public static boolean isCommittedCredential(ComposeScalar value) {
        return !value.isImplied() && !value.isInterpolated() && !PlaceholderValues.isNotCredential(value.value());
    }

    /**
     * The literal credential of a secret-named {@code KEY: value} entry, when there is one: the name
     * looks secret ({@link SecretNames}) and the value is a committed credential.
     */
    public static Optional<ComposeScalar> namedLiteral(KeyValue entry) {
        if (!SecretNames.looksSecret(entry.key()) || entry.value().isEmpty()) {
            return Optional.empty();
        }
        ComposeScalar value = entry.value().get();
        return isCommittedCredential(value) ? Optional.of(value) : Optional.<ComposeScalar>empty();
    }

    /**
     * Reports a finding whose secret text is at {@code secret}: at {@code at} when both are in one
     * file (a key and its value), else at the secret itself. The value is never in the message.
     */
    public static void report(SpanSink sink, Span at, Span secret, String message) {
        TextRange range = secret.range();
        // A message never holds the secret, even when it is a word the message uses.
        String shown = message.contains(secret.text()) ? "literal secret value in the Compose file" : message;
        if (range.isEmpty()) {
            sink.report(at, shown);
        } else if (at.source() == secret.source()) {
            sink.reportSecret(at, shown, List.of(range));
        } else {
            sink.reportSecret(secret, shown, List.of(range));
        }
    }
}
