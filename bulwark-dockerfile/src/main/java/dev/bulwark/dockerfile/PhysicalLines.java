package dev.bulwark.dockerfile;

import java.util.Arrays;

/**
 * The physical lines of the input (spec 1.1): each has a start, a content end (before the line
 * terminator; trailing {@code \r}s and the {@code \n} are the terminator, as Go's
 * {@code trimNewline}) and an end (after the terminator).
 */
final class PhysicalLines {
    private final int[] starts;
    private final int[] contentEnds;
    private final int[] ends;
    private final int count;

    PhysicalLines(String text, int firstStart) {
        int capacity = 16;
        int[] s = new int[capacity];
        int[] ce = new int[capacity];
        int[] e = new int[capacity];
        int n = 0;
        int pos = firstStart;
        int length = text.length();
        while (pos < length) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? length : nl + 1;
            int contentEnd = nl < 0 ? length : nl;
            while (contentEnd > pos && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                ce = Arrays.copyOf(ce, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = pos;
            ce[n] = contentEnd;
            e[n] = end;
            n++;
            pos = end;
        }
        this.starts = s;
        this.contentEnds = ce;
        this.ends = e;
        this.count = n;
    }

    int count() {
        return count;
    }

    int start(int line) {
        return starts[line];
    }

    int contentEnd(int line) {
        return contentEnds[line];
    }

    int end(int line) {
        return ends[line];
    }
}
