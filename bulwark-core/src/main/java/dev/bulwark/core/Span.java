package dev.bulwark.core;

import java.util.Objects;

/**
 * A range in a named file. Findings on Compose projects and Kubernetes manifest sets land in
 * whichever file holds the culprit (an override file, an {@code extends} base, an anchor's
 * definition), so a range alone is not enough: it travels with the text it points into.
 */
public record Span(SourceText source, TextRange range) {

    public Span {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(range, "range");
        if (range.end() > source.length()) {
            throw new IllegalArgumentException("range " + range.start() + ".." + range.end() + " outside "
                    + source.path() + " (" + source.length() + " chars)");
        }
    }

    public String path() {
        return source.path();
    }

    public Location location() {
        return source.location(range);
    }

    public String text() {
        return source.slice(range);
    }

    /** True when {@code other} is in the same file and inside this range. */
    public boolean contains(Span other) {
        return other.source == source && range.contains(other.range);
    }

    // Written out: see TextRange. Files are compared by identity: one run reads each file once.
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.source == source && s.range.equals(range);
    }

    @Override
    public int hashCode() {
        return 31 * System.identityHashCode(source) + range.hashCode();
    }

    @Override
    public String toString() {
        return "Span[" + source.path() + " " + range.start() + ".." + range.end() + "]";
    }
}
