package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps secret values out of messages that name containers, variables and keys: a sample
 * password is often the name of its service ({@code postgres:postgres@postgres}), and a message
 * that names the container would then spell out the password.
 */
final class SecretMessages {
    private SecretMessages() {
    }

    /** {@code message}, or {@code fallback} when {@code message} contains the text of one of the secret ranges. */
    static String safe(String message, String fallback, Span at, List<TextRange> secrets) {
        String text = at.source().text();
        for (TextRange r : secrets) {
            if (!r.isEmpty() && r.end() <= text.length() && message.contains(r.textOf(text))) {
                return fallback;
            }
        }
        return message;
    }

    /** The ranges of {@code all} that lie in {@code at}'s file (a value reached through an anchor is in the same file). */
    static List<TextRange> inFileOf(Span at, List<TextRange> all) {
        int length = at.source().length();
        List<TextRange> out = new ArrayList<>(all.size());
        for (TextRange r : all) {
            if (r.end() <= length) {
                out.add(r);
            }
        }
        return out;
    }
}
