package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a string {@code command} into words as Compose does (mattn/go-shellwords, which CG
 * uses): blanks separate words, single quotes keep everything, double quotes and backslashes
 * escape, quotes are removed, nothing is expanded. Unlike go-shellwords this does not stop at an
 * unquoted {@code ;}, {@code |}, {@code &}, {@code <} or {@code >}: every word stays visible to rules.
 */
final class ShellWords {

    /** A word and the value offsets it was cut from (quotes included). */
    static final class Piece {
        final String text;
        final int start;
        final int end;

        Piece(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }
    }

    private ShellWords() {
    }

    static List<Piece> split(String line) {
        List<Piece> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int start = 0;
        boolean single = false;
        boolean dbl = false;
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escaped) {
                word.append(c);
                escaped = false;
                continue;
            }
            if (c == '\\' && !single) {
                escaped = true;
                if (!inWord) {
                    inWord = true;
                    start = i;
                }
                continue;
            }
            if (!single && !dbl && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                if (inWord) {
                    words.add(new Piece(word.toString(), start, i));
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            if (!inWord) {
                inWord = true;
                start = i;
            }
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else {
                word.append(c);
            }
        }
        if (inWord) {
            words.add(new Piece(word.toString(), start, line.length()));
        }
        return words;
    }
}
