package dev.bulwark.workflow;

import dev.bulwark.core.MappedText;
import dev.bulwark.yaml.ScalarStyle;
import dev.bulwark.yaml.YamlScalar;

/**
 * The value of a YAML scalar as a {@link MappedText} over the file: a {@code run: |} script is
 * parsed as the shell sees it (indentation removed, folding applied) while every word still maps
 * to its exact place in the YAML file. The value and the source are aligned character by
 * character: equal characters map one to one, the indentation and line breaks that folding and
 * block indentation remove are skipped, and escapes in quoted scalars map to their last character. Should
 * the two ever disagree beyond that (a construct not foreseen), the rest of the value maps to the
 * place where they parted, so ranges stay inside the scalar and never point elsewhere.
 */
final class ScalarText {
    private ScalarText() {
    }

    static MappedText of(YamlScalar scalar, String source) {
        String value = scalar.value();
        int end = Math.min(scalar.range().end(), source.length());
        int s = contentStart(scalar, source, end);
        MappedText.Builder b = MappedText.builder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (s < end && source.charAt(s) == c && !isEscapeStart(scalar.style(), source, s, end)) {
                b.appendRun(value.substring(i, i + 1), s);
                i++;
                s++;
            } else if (s < end && isBlank(source.charAt(s))) {
                if (isBlank(c)) {
                    // A line break or indentation folded into a space, or a kept break.
                    b.appendRun(value.substring(i, i + 1), s);
                    i++;
                }
                s++;
            } else if (s < end && isEscapeStart(scalar.style(), source, s, end)) {
                int length = escapeLength(scalar.style(), source, s, end);
                // One character written as several: it maps to the escape's last character, so a
                // word ending in an escaped quote still ends at its closing quote.
                b.appendRun(value.substring(i, i + 1), s + length - 1);
                i++;
                s += length;
            } else {
                b.appendSynthetic(value.substring(i), Math.min(s, end));
                break;
            }
        }
        return b.build(Math.min(s, end));
    }

    private static int contentStart(YamlScalar scalar, String source, int end) {
        int start = scalar.range().start();
        ScalarStyle style = scalar.style();
        if (style.isQuoted()) {
            char quote = style == ScalarStyle.SINGLE_QUOTED ? '\'' : '"';
            int q = source.indexOf(quote, start);
            return q < 0 || q >= end ? start : q + 1;
        }
        if (style.isBlock()) {
            int nl = source.indexOf('\n', start);
            return nl < 0 || nl >= end ? end : nl + 1;
        }
        if (!scalar.anchor().isEmpty() || source.startsWith("!", start)) {
            // `&name value` or `!tag value`: the value starts after the properties.
            int s = start;
            while (s < end && (source.charAt(s) == '&' || source.charAt(s) == '!')) {
                while (s < end && !isBlank(source.charAt(s))) {
                    s++;
                }
                while (s < end && isBlank(source.charAt(s))) {
                    s++;
                }
            }
            return s;
        }
        return start;
    }

    private static boolean isEscapeStart(ScalarStyle style, String source, int s, int end) {
        if (style == ScalarStyle.DOUBLE_QUOTED) {
            return source.charAt(s) == '\\' && s + 1 < end;
        }
        return style == ScalarStyle.SINGLE_QUOTED && source.charAt(s) == '\'' && s + 1 < end
                && source.charAt(s + 1) == '\'';
    }

    private static int escapeLength(ScalarStyle style, String source, int s, int end) {
        if (style == ScalarStyle.SINGLE_QUOTED) {
            return 2;
        }
        char kind = source.charAt(s + 1);
        int length = switch (kind) {
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
        return Math.min(length, end - s);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
