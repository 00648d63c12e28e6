package dev.bulwark.compose;

import java.util.Arrays;

/**
 * Maps offsets of an interpolated value back to offsets of the raw value it came from. The value
 * is a run of pieces: literal text copied one to one, and replacements (a {@code ${...}}
 * expression, a {@code $$}) whose value text maps to the whole raw expression.
 */
final class ValueMap {
    private int count;
    private int[] valueStarts = new int[4];
    private int[] valueLengths = new int[4];
    private int[] rawStarts = new int[4];
    private int[] rawLengths = new int[4];
    private boolean[] literal = new boolean[4];

    void addLiteral(int valueStart, int rawStart, int length) {
        if (length == 0) {
            return;
        }
        // Extend the previous literal piece when contiguous on both sides.
        if (count > 0 && valueLengths[count - 1] == rawLengths[count - 1] && isLiteral(count - 1)
                && valueStarts[count - 1] + valueLengths[count - 1] == valueStart
                && rawStarts[count - 1] + rawLengths[count - 1] == rawStart) {
            valueLengths[count - 1] += length;
            rawLengths[count - 1] += length;
            return;
        }
        add(valueStart, length, rawStart, length, true);
    }

    void addReplacement(int valueStart, int valueLength, int rawStart, int rawLength) {
        add(valueStart, valueLength, rawStart, rawLength, false);
    }

    private boolean isLiteral(int i) {
        return literal[i];
    }

    private void add(int valueStart, int valueLength, int rawStart, int rawLength, boolean isLiteral) {
        if (count == valueStarts.length) {
            int n = count * 2;
            valueStarts = Arrays.copyOf(valueStarts, n);
            valueLengths = Arrays.copyOf(valueLengths, n);
            rawStarts = Arrays.copyOf(rawStarts, n);
            rawLengths = Arrays.copyOf(rawLengths, n);
            literal = Arrays.copyOf(literal, n);
        }
        valueStarts[count] = valueStart;
        valueLengths[count] = valueLength;
        rawStarts[count] = rawStart;
        rawLengths[count] = rawLength;
        literal[count] = isLiteral;
        count++;
    }

    /** The raw offset where value offset {@code v} starts. */
    int rawStartOf(int v) {
        for (int i = 0; i < count; i++) {
            int start = valueStarts[i];
            int end = start + valueLengths[i];
            if (v >= start && v < end) {
                return literal[i] ? rawStarts[i] + (v - start) : rawStarts[i];
            }
            if (v < start) {
                return rawStarts[i];
            }
        }
        return rawEnd();
    }

    /** The raw offset where value offset {@code v} ends (exclusive). */
    int rawEndOf(int v) {
        for (int i = count - 1; i >= 0; i--) {
            int start = valueStarts[i];
            int end = start + valueLengths[i];
            if (v > start && v <= end) {
                return literal[i] ? rawStarts[i] + (v - start) : rawStarts[i] + rawLengths[i];
            }
            if (v > end || (v == end && v == start && v > 0)) {
                return rawStarts[i] + rawLengths[i];
            }
        }
        return count == 0 ? 0 : rawStarts[0];
    }

    private int rawEnd() {
        return count == 0 ? 0 : rawStarts[count - 1] + rawLengths[count - 1];
    }

    /** The part of this map for value {@code [from, to)}, shifted so both sides start at zero. */
    ValueMap slice(int from, int to, int rawFrom) {
        ValueMap sliced = new ValueMap();
        for (int i = 0; i < count; i++) {
            int start = valueStarts[i];
            int end = start + valueLengths[i];
            if (end < from || start > to || (end == from && valueLengths[i] > 0) || (start == to && valueLengths[i] > 0)) {
                continue;
            }
            if (literal[i]) {
                int s = Math.max(start, from);
                int e = Math.min(end, to);
                sliced.addLiteral(s - from, rawStarts[i] + (s - start) - rawFrom, e - s);
            } else if (start >= from && end <= to) {
                sliced.addReplacement(start - from, valueLengths[i], rawStarts[i] - rawFrom, rawLengths[i]);
            }
        }
        return sliced;
    }

    /** True when the value is the raw text unchanged (a single literal piece or nothing). */
    boolean isIdentity(int valueLength, int rawLength) {
        if (count == 0) {
            return valueLength == 0 && rawLength == 0;
        }
        return count == 1 && literal[0] && valueStarts[0] == 0 && rawStarts[0] == 0
                && valueLengths[0] == valueLength && rawLengths[0] == rawLength;
    }
}
