package dev.bulwark.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Deterministic random inputs for property tests. A property is a {@code @ParameterizedTest} over
 * {@link #seeds(int)}; each case builds its input from its own seed, so a failing case names the
 * seed that reproduces it, and every run tests the same inputs.
 *
 * <p>Lengths and sizes lean towards their edges (empty, one, the maximum), where bugs live.
 */
public final class SeededInputs {
    /** Cases start here rather than at 0 so that seeds differ from the small counts beside them. */
    private static final long FIRST_SEED = 0x5EEDL;

    private final Random random;

    private SeededInputs(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} seeds: the cases of one property. */
    public static LongStream seeds(int count) {
        return LongStream.range(FIRST_SEED, FIRST_SEED + count);
    }

    /** The generator for one case. */
    public static SeededInputs of(long seed) {
        return new SeededInputs(seed);
    }

    public Random random() {
        return random;
    }

    /** An int in {@code [min, max]}, both ends included, with the ends more likely than the rest. */
    public int between(int min, int max) {
        if (min >= max) {
            return min;
        }
        int edge = random.nextInt(10);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        return (int) (min + (random.nextLong() >>> 1) % ((long) max - min + 1));
    }

    /** A length in {@code [0, max]}: 0, 1 and {@code max} are more likely than the rest. */
    public int size(int max) {
        return size(0, max);
    }

    public int size(int min, int max) {
        if (min < max && random.nextInt(10) == 0) {
            return Math.min(min + 1, max);
        }
        return between(min, max);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    @SafeVarargs
    public final <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public <T> List<T> list(int maxSize, Supplier<T> element) {
        return list(0, maxSize, element);
    }

    public <T> List<T> list(int minSize, int maxSize, Supplier<T> element) {
        int n = size(minSize, maxSize);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element.get());
        }
        return out;
    }

    /** Up to {@code maxParts} fragments, concatenated. */
    public String fragments(int maxParts, List<String> fragments) {
        StringBuilder b = new StringBuilder();
        int n = size(maxParts);
        for (int i = 0; i < n; i++) {
            b.append(pick(fragments));
        }
        return b.toString();
    }

    /** A string of {@code [0, maxLength]} characters drawn from {@code alphabet}. */
    public String string(int maxLength, String alphabet) {
        return string(0, maxLength, alphabet);
    }

    public String string(int minLength, int maxLength, String alphabet) {
        int n = size(minLength, maxLength);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /**
     * Any string of up to {@code maxLength} UTF-16 units: mostly printable ASCII, with blanks and
     * control characters, Latin-1, anywhere in the BMP, lone surrogates and whole surrogate pairs.
     */
    public String anyString(int maxLength) {
        int n = size(maxLength);
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            b.append(anyChars());
        }
        b.setLength(n);
        return b.toString();
    }

    private String anyChars() {
        switch (random.nextInt(12)) {
            case 0:
                return String.valueOf(pick(' ', '\t', '\n', '\r', '\0', '\u000b', '\f', '\u001b', '\u007f'));
            case 1:
                return String.valueOf((char) (0xa0 + random.nextInt(0x60)));
            case 2:
                return String.valueOf((char) random.nextInt(0x10000));
            case 3:
                return String.valueOf((char) (0xd800 + random.nextInt(0x800)));
            case 4:
                return new String(Character.toChars(0x10000 + random.nextInt(0x100000)));
            default:
                return String.valueOf((char) (' ' + random.nextInt(0x7f - ' ')));
        }
    }

    /** A string of characters from the inclusive ranges {@code from[i]..to[i]}, plus {@code extra}. */
    public String stringOfRanges(int maxLength, char[] from, char[] to, String extra) {
        StringBuilder alphabet = new StringBuilder(extra);
        for (int i = 0; i < from.length; i++) {
            for (char c = from[i]; c <= to[i]; c++) {
                alphabet.append(c);
            }
        }
        return string(maxLength, alphabet.toString());
    }
}
