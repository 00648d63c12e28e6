package dev.bulwark.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a {@link SourceText}. Trees keep
 * ranges, never lines and columns: those are computed by {@link LineIndex} when shown.
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static TextRange of(int start, int end) {
        return new TextRange(start, end);
    }

    public static TextRange empty(int at) {
        return new TextRange(at, at);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return other.start < end && start < other.end;
    }

    /** The smallest range covering both. */
    public TextRange cover(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    public TextRange shift(int delta) {
        return new TextRange(start + delta, end + delta);
    }

    public String textOf(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    // Written out instead of the generated ones: a record's equals and hashCode are linked through
    // java.lang.runtime.ObjectMethods at their first call, which costs a cold one-file check about
    // 4 ms for this record alone (bench/README.md, "Start-up"). Same semantics as generated.
    @Override
    public boolean equals(Object o) {
        return o instanceof TextRange r && r.start == start && r.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public int compareTo(TextRange o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
