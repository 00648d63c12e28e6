package dev.bulwark.core;

import java.util.Arrays;

/**
 * A logical text assembled from runs of a source text, with a map from every logical offset back
 * to the source. A Dockerfile instruction continued over several lines becomes one logical line
 * whose ranges still land on the right physical line and column (ARCHITECTURE "Multi-line
 * instructions"); a heredoc body becomes a script with its own map.
 */
public final class MappedText {
    private final String text;
    // Segment i covers logical [logicalStarts[i], logicalStarts[i+1]) and maps to
    // source [sourceStarts[i], ...). A synthetic segment maps every offset to sourceStarts[i].
    private final int[] logicalStarts;
    private final int[] sourceStarts;
    private final boolean[] synthetic;
    private final int sourceEnd;

    private MappedText(String text, int[] logicalStarts, int[] sourceStarts, boolean[] synthetic, int sourceEnd) {
        this.text = text;
        this.logicalStarts = logicalStarts;
        this.sourceStarts = sourceStarts;
        this.synthetic = synthetic;
        this.sourceEnd = sourceEnd;
    }

    /** A text that is a contiguous slice of the source starting at {@code sourceStart}. */
    public static MappedText identity(String text, int sourceStart) {
        return new MappedText(text, new int[] {0}, new int[] {sourceStart}, new boolean[] {false},
                sourceStart + text.length());
    }

    public static Builder builder() {
        return new Builder();
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The source offset of a logical offset; {@code length()} maps just past the last run. */
    public int toSource(int logicalOffset) {
        if (logicalOffset < 0 || logicalOffset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + logicalOffset + " outside [0, " + text.length() + "]");
        }
        if (logicalOffset == text.length()) {
            return sourceEnd;
        }
        int i = segment(logicalOffset);
        return synthetic[i] ? sourceStarts[i] : sourceStarts[i] + (logicalOffset - logicalStarts[i]);
    }

    /**
     * The source range of a logical range. The end maps from the last character inside the range,
     * so a range ending at a continuation does not swallow the {@code \} and newline after it.
     */
    public TextRange toSource(TextRange logical) {
        int start = toSource(logical.start());
        if (logical.isEmpty()) {
            return TextRange.empty(start);
        }
        int lastChar = logical.end() - 1;
        int i = segment(lastChar);
        int end = synthetic[i] ? sourceStarts[i] : sourceStarts[i] + (lastChar - logicalStarts[i]) + 1;
        return new TextRange(start, Math.max(start, end));
    }

    public TextRange toSource(int logicalStart, int logicalEnd) {
        return toSource(new TextRange(logicalStart, logicalEnd));
    }

    /** The logical text of a sub-range, mapped to the same source. */
    public MappedText sub(int logicalStart, int logicalEnd) {
        Builder b = builder();
        int pos = logicalStart;
        while (pos < logicalEnd) {
            int i = segment(pos);
            int segEnd = i + 1 < logicalStarts.length ? logicalStarts[i + 1] : text.length();
            int end = Math.min(segEnd, logicalEnd);
            if (synthetic[i]) {
                b.appendSynthetic(text.substring(pos, end), sourceStarts[i]);
            } else {
                b.appendRun(text.substring(pos, end), sourceStarts[i] + (pos - logicalStarts[i]));
            }
            pos = end;
        }
        return b.build(toSourceEndOf(logicalEnd));
    }

    private int toSourceEndOf(int logicalEnd) {
        if (logicalEnd == 0) {
            return toSource(0);
        }
        return toSource(new TextRange(logicalEnd - 1, logicalEnd)).end();
    }

    private int segment(int logicalOffset) {
        int idx = Arrays.binarySearch(logicalStarts, logicalOffset);
        if (idx >= 0) {
            // Skip empty segments that share a start with the next one.
            while (idx + 1 < logicalStarts.length && logicalStarts[idx + 1] == logicalOffset) {
                idx++;
            }
            return idx;
        }
        return -idx - 2;
    }

    /** Builds a mapped text run by run. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] logicalStarts = new int[8];
        private int[] sourceStarts = new int[8];
        private boolean[] synthetic = new boolean[8];
        private int count;
        private int lastSourceEnd;

        /** Appends {@code run}, which is found verbatim in the source at {@code sourceStart}. */
        public Builder appendRun(CharSequence run, int sourceStart) {
            if (run.length() == 0) {
                return this;
            }
            // Merge with the previous run when contiguous in both texts.
            if (count > 0 && !synthetic[count - 1] && lastSourceEnd == sourceStart) {
                text.append(run);
                lastSourceEnd = sourceStart + run.length();
                return this;
            }
            add(sourceStart, false);
            text.append(run);
            lastSourceEnd = sourceStart + run.length();
            return this;
        }

        /** Appends text that is not in the source; all of it maps to {@code sourceOffset}. */
        public Builder appendSynthetic(CharSequence run, int sourceOffset) {
            if (run.length() == 0) {
                return this;
            }
            add(sourceOffset, true);
            text.append(run);
            lastSourceEnd = sourceOffset;
            return this;
        }

        public int length() {
            return text.length();
        }

        public MappedText build() {
            return build(lastSourceEnd);
        }

        /** Builds with an explicit source offset for the logical end of the text. */
        public MappedText build(int sourceEnd) {
            if (count == 0) {
                return new MappedText("", new int[] {0}, new int[] {sourceEnd}, new boolean[] {true}, sourceEnd);
            }
            return new MappedText(text.toString(), Arrays.copyOf(logicalStarts, count),
                    Arrays.copyOf(sourceStarts, count), Arrays.copyOf(synthetic, count), sourceEnd);
        }

        private void add(int sourceStart, boolean isSynthetic) {
            if (count == logicalStarts.length) {
                logicalStarts = Arrays.copyOf(logicalStarts, count * 2);
                sourceStarts = Arrays.copyOf(sourceStarts, count * 2);
                synthetic = Arrays.copyOf(synthetic, count * 2);
            }
            logicalStarts[count] = text.length();
            sourceStarts[count] = sourceStart;
            synthetic[count] = isSynthetic;
            count++;
        }
    }
}
