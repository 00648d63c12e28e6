package dev.bulwark.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression compiled at its first use instead of when its class is initialised. On a
 * cold JVM the first {@link Pattern#compile} of a run links the JDK's own regex lambdas
 * ({@code CharPredicates}), which class-data sharing cannot spare: about ten milliseconds, a tenth
 * of a one-file check (bench/README.md, "Start-up"). A rule's pattern that only unusual input
 * reaches costs nothing when the input is usual. Thread-safe: two threads may both compile it
 * once, and either result serves.
 */
public final class LazyPattern {
    private final String regex;
    private final int flags;
    private volatile Pattern compiled;

    private LazyPattern(String regex, int flags) {
        this.regex = regex;
        this.flags = flags;
    }

    public static LazyPattern of(String regex) {
        return new LazyPattern(regex, 0);
    }

    /** @param flags as for {@link Pattern#compile(String, int)} */
    public static LazyPattern of(String regex, int flags) {
        return new LazyPattern(regex, flags);
    }

    /** The compiled pattern, compiled now if this is its first use. */
    public Pattern get() {
        Pattern p = compiled;
        if (p == null) {
            p = Pattern.compile(regex, flags);
            compiled = p;
        }
        return p;
    }

    public Matcher matcher(CharSequence input) {
        return get().matcher(input);
    }

    /** The regular expression, without compiling it. */
    public String regex() {
        return regex;
    }
}
