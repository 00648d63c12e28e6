package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One shell word: a command name, an argument, a redirection target, an assignment value.
 *
 * @param raw   the word as written (logical text: Dockerfile continuations already joined)
 * @param range source range of the word
 * @param parts its literal, quoted and expansion parts in order
 */
public record Word(String raw, TextRange range, List<WordPart> parts) {

    public Word {
        parts = List.copyOf(parts);
    }

    /** The value after quote removal, or empty when the word contains any expansion. */
    public Optional<String> literal() {
        return hasExpansion() ? Optional.empty() : Optional.of(value());
    }

    /** Best effort value: quotes and escapes removed, expansions kept as written. */
    public String value() {
        // Most words are one unquoted literal: rules ask for values of every argument many times,
        // so that case must not build a new string.
        if (parts.size() == 1 && parts.get(0) instanceof WordPart.Literal l) {
            return l.text();
        }
        StringBuilder out = new StringBuilder(raw.length());
        appendValue(parts, out);
        return out.toString();
    }

    /** Whether any part, also inside double quotes, is an expansion. */
    public boolean hasExpansion() {
        return anyExpansion(parts);
    }

    /** Whether any part is quoted or escaped (which, among others, disables reserved words). */
    public boolean isQuoted() {
        for (WordPart part : parts) {
            if (part instanceof WordPart.Escaped || part instanceof WordPart.SingleQuoted
                    || part instanceof WordPart.DoubleQuoted || part instanceof WordPart.AnsiCQuoted) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the characters {@code from} to {@code to} (exclusive) of {@link #value()} are written,
     * when each maps to one place: unquoted, single- and double-quoted text, escapes (the whole
     * escape). Empty when the span is empty or crosses text whose place is not kept (ANSI-C
     * quoting, literals of synthetic text), so that a rule can fall back to the whole word.
     */
    public Optional<TextRange> valueRange(int from, int to) {
        if (from < 0 || to <= from) {
            return Optional.empty();
        }
        int[] place = new int[] {-1, -1};
        int end = locate(parts, 0, from, to, place);
        return end >= to && place[0] >= 0 && place[1] >= place[0]
                ? Optional.of(new TextRange(place[0], place[1])) : Optional.empty();
    }

    /**
     * Walks the value from offset {@code at}: records in {@code place} the source start of value
     * offset {@code from} and the source end of value offset {@code to - 1}; returns the offset
     * after {@code parts}, or -1 once a needed place is unknown.
     */
    private static int locate(List<WordPart> parts, int at, int from, int to, int[] place) {
        int pos = at;
        for (WordPart part : parts) {
            if (pos < 0) {
                return -1;
            }
            if (part instanceof WordPart.DoubleQuoted q) {
                pos = locate(q.parts(), pos, from, to, place);
                continue;
            }
            int length = valueLength(part);
            int next = pos + length;
            if (next > from && pos < to) {
                TextRange r = part.range();
                boolean exact;
                int offset;
                if (part instanceof WordPart.SingleQuoted) {
                    exact = r.length() == length + 2;
                    offset = r.start() + 1;
                } else if (part instanceof WordPart.Escaped) {
                    // An escape is one character of the value written as two: the escape is its place.
                    exact = true;
                    offset = -1;
                } else {
                    exact = r.length() == length && !(part instanceof WordPart.AnsiCQuoted);
                    offset = r.start();
                }
                if (!exact) {
                    return -1;
                }
                if (from >= pos && from < next) {
                    place[0] = offset < 0 ? r.start() : offset + (from - pos);
                }
                if (to - 1 >= pos && to - 1 < next) {
                    place[1] = offset < 0 ? r.end() : offset + (to - pos);
                }
            }
            pos = next;
        }
        return pos;
    }

    /** Whether the value, as far as it is known, equals {@code text}. */
    public boolean is(String text) {
        return !hasExpansion() && text.equals(value());
    }

    /** The value after the last {@code /} when no expansion follows that slash. */
    Optional<String> literalBaseName() {
        if (!hasExpansion()) {
            String value = value();
            return Optional.of(value.substring(value.lastIndexOf('/') + 1));
        }
        List<WordPart> tail = new ArrayList<>();
        literalSuffix(parts, tail);
        StringBuilder suffix = new StringBuilder();
        appendValue(tail, suffix);
        int slash = suffix.lastIndexOf("/");
        return slash < 0 ? Optional.empty() : Optional.of(suffix.substring(slash + 1));
    }

    /**
     * Adds to {@code tail}, in order, the parts after the last expansion (looking into double
     * quotes); returns whether there is an expansion.
     */
    private static boolean literalSuffix(List<WordPart> parts, List<WordPart> tail) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            WordPart part = parts.get(i);
            if (part instanceof WordPart.DoubleQuoted q) {
                List<WordPart> inner = new ArrayList<>();
                boolean expansion = literalSuffix(q.parts(), inner);
                tail.addAll(0, inner);
                if (expansion) {
                    return true;
                }
            } else if (part.hasExpansion()) {
                return true;
            } else {
                tail.add(0, part);
            }
        }
        return false;
    }

    static boolean anyExpansion(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part.hasExpansion()) {
                return true;
            }
        }
        return false;
    }

    private static void appendValue(List<WordPart> parts, StringBuilder out) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.Literal l) {
                out.append(l.text());
            } else if (part instanceof WordPart.Escaped e) {
                out.append(e.value());
            } else if (part instanceof WordPart.SingleQuoted q) {
                out.append(q.value());
            } else if (part instanceof WordPart.AnsiCQuoted q) {
                out.append(q.value());
            } else if (part instanceof WordPart.DoubleQuoted q) {
                appendValue(q.parts(), out);
            } else {
                out.append(part.raw());
            }
        }
    }

    /**
     * The word without the first {@code valueOffset} characters of its {@link #value()}: the
     * {@code v} of {@code --opt=v}, the value of an assignment. Parts cut in the middle keep
     * exact ranges when they are plain literals; an expansion is never cut.
     */
    Word dropValuePrefix(int valueOffset) {
        List<WordPart> out = new ArrayList<>();
        dropPrefix(parts, valueOffset, out);
        if (out.isEmpty()) {
            return new Word("", TextRange.empty(range.end()), List.of());
        }
        StringBuilder raw = new StringBuilder();
        for (WordPart p : out) {
            raw.append(p.raw());
        }
        TextRange r = new TextRange(out.get(0).range().start(),
                Math.max(out.get(0).range().start(), out.get(out.size() - 1).range().end()));
        return new Word(raw.toString(), r, out);
    }

    /** Returns how much of {@code skip} is left after dropping it from {@code parts}. */
    private static int dropPrefix(List<WordPart> parts, int skip, List<WordPart> out) {
        int left = skip;
        for (WordPart part : parts) {
            if (left <= 0) {
                out.add(part);
                continue;
            }
            if (part instanceof WordPart.DoubleQuoted q) {
                List<WordPart> inner = new ArrayList<>();
                left = dropPrefix(q.parts(), left, inner);
                if (!inner.isEmpty()) {
                    out.add(new WordPart.DoubleQuoted(rawOf(inner), inner, cover(inner)));
                }
                continue;
            }
            int length = valueLength(part);
            if (length <= left) {
                left -= length;
                continue;
            }
            out.add(cut(part, left));
            left = 0;
        }
        return left;
    }

    private static int valueLength(WordPart part) {
        if (part instanceof WordPart.Literal l) {
            return l.text().length();
        } else if (part instanceof WordPart.Escaped e) {
            return e.value().length();
        } else if (part instanceof WordPart.SingleQuoted q) {
            return q.value().length();
        } else if (part instanceof WordPart.AnsiCQuoted q) {
            return q.value().length();
        }
        return part.raw().length();
    }

    private static WordPart cut(WordPart part, int from) {
        if (part instanceof WordPart.Literal l) {
            String text = l.text().substring(from);
            TextRange r = l.range();
            // The parser splits literals at source discontinuities, so they usually map 1:1;
            // a literal of synthetic text keeps its whole range.
            TextRange sub = r.length() == l.text().length() ? new TextRange(r.start() + from, r.end()) : r;
            return new WordPart.Literal(text, sub);
        } else if (part instanceof WordPart.SingleQuoted q) {
            String value = q.value().substring(from);
            return new WordPart.SingleQuoted("'" + value + "'", value, q.range());
        } else if (part instanceof WordPart.AnsiCQuoted q) {
            String value = q.value().substring(from);
            return new WordPart.AnsiCQuoted(value, value, q.range());
        } else if (part instanceof WordPart.Escaped e) {
            String value = e.value().substring(from);
            return new WordPart.Escaped(value, value, e.range());
        }
        return part;
    }

    private static String rawOf(List<WordPart> parts) {
        StringBuilder b = new StringBuilder();
        for (WordPart p : parts) {
            b.append(p.raw());
        }
        return b.toString();
    }

    private static TextRange cover(List<WordPart> parts) {
        TextRange first = parts.get(0).range();
        TextRange last = parts.get(parts.size() - 1).range();
        return new TextRange(first.start(), Math.max(first.start(), last.end()));
    }
}
