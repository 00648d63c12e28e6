package dev.bulwark.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Token;
import dev.bulwark.dockerfile.syntax.TokenKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Collects token kinds per character and cuts the text into tokens at the end, so that the tokens
 * tile the input by construction. Structural parts (newlines, continuation markers, comment lines)
 * are marked first; content marks only fill characters still unmarked, so a word broken by a
 * continuation becomes two tokens around the {@code CONTINUATION} and {@code NEWLINE}. Characters
 * never marked are whitespace or argument text.
 */
final class TokenMarks {
    private static final TokenKind[] KINDS = TokenKind.values();
    private final String text;
    private final byte[] kinds;
    private final BitSet starts;

    TokenMarks(String text) {
        this.text = text;
        this.kinds = new byte[text.length()];
        this.starts = new BitSet(text.length() + 1);
    }

    /** Marks a structural range, overriding nothing already marked by content. */
    void mark(int from, int to, TokenKind kind) {
        if (from >= to) {
            return;
        }
        byte k = (byte) (kind.ordinal() + 1);
        for (int i = from; i < to; i++) {
            kinds[i] = k;
        }
        starts.set(from);
        if (to < kinds.length) {
            starts.set(to);
        }
    }

    /** Marks the still unmarked characters of a content range; each piece starts a token. */
    void markContent(TextRange range, TokenKind kind) {
        byte k = (byte) (kind.ordinal() + 1);
        boolean resume = true;
        int to = Math.min(range.end(), kinds.length);
        for (int i = range.start(); i < to; i++) {
            if (kinds[i] == 0) {
                kinds[i] = k;
                if (resume) {
                    starts.set(i);
                    resume = false;
                }
            } else {
                resume = true;
            }
        }
        if (to < kinds.length && to > range.start()) {
            starts.set(to);
        }
    }

    List<Token> tokens() {
        // Dockerfiles run at about one token per six characters: sized once for nearly every
        // file rather than grown while each is tokenised.
        List<Token> tokens = new ArrayList<>(text.length() / 4 + 16);
        int n = text.length();
        if (n == 0) {
            return tokens;
        }
        int tokenStart = 0;
        TokenKind current = kindAt(0);
        // A token ends where a mark starts one or where the kind changes; marked starts are
        // visited in order rather than looked up at every character.
        int nextStart = starts.nextSetBit(1);
        for (int i = 1; i < n; i++) {
            TokenKind kind = kindAt(i);
            boolean marked = i == nextStart;
            if (marked) {
                nextStart = starts.nextSetBit(i + 1);
            }
            if (marked || kind != current) {
                tokens.add(new Token(current, new TextRange(tokenStart, i)));
                tokenStart = i;
            }
            current = kind;
        }
        tokens.add(new Token(current, new TextRange(tokenStart, n)));
        return tokens;
    }

    private TokenKind kindAt(int i) {
        byte k = kinds[i];
        if (k != 0) {
            return KINDS[k - 1];
        }
        return GoText.isSpace(text.charAt(i)) ? TokenKind.WHITESPACE : TokenKind.ARGUMENT;
    }
}
