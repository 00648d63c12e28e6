package dev.bulwark.kubernetes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 1Gi}, {@code 2}, {@code 1.5}, {@code 1e3}),
 * parsed by the grammar of {@code k8s.io/apimachinery/pkg/api/resource}: a signed decimal number
 * followed by a binary-SI suffix ({@code Ki Mi Gi Ti Pi Ei}), a decimal-SI suffix
 * ({@code n u m k M G T P E}, none) or a decimal exponent ({@code e3}, {@code E-2}). Anything
 * else, such as {@code 1GB} or {@code 512mb}, the API rejects. The value is kept exactly in base
 * units (cores, bytes, devices).
 */
public final class Quantity implements Comparable<Quantity> {
    /** Exponents beyond this are refused: no real quantity needs them and they would be costly. */
    private static final int MAX_EXPONENT = 100;

    private final String text;
    private final BigDecimal value;

    private Quantity(String text, BigDecimal value) {
        this.text = text;
        this.value = value;
    }

    /** The quantity {@code text} denotes, or empty when the API would reject it. */
    public static Optional<Quantity> parse(String text) {
        String t = text.strip();
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(t.substring(0, i));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String suffix = t.substring(i);
        Optional<BigDecimal> scaled = scale(number, suffix);
        if (scaled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quantity(text, scaled.get()));
    }

    private static Optional<BigDecimal> scale(BigDecimal number, String suffix) {
        switch (suffix) {
            case "": return Optional.of(number);
            case "n": return Optional.of(number.scaleByPowerOfTen(-9));
            case "u": return Optional.of(number.scaleByPowerOfTen(-6));
            case "m": return Optional.of(number.scaleByPowerOfTen(-3));
            case "k": return Optional.of(number.scaleByPowerOfTen(3));
            case "M": return Optional.of(number.scaleByPowerOfTen(6));
            case "G": return Optional.of(number.scaleByPowerOfTen(9));
            case "T": return Optional.of(number.scaleByPowerOfTen(12));
            case "P": return Optional.of(number.scaleByPowerOfTen(15));
            case "E": return Optional.of(number.scaleByPowerOfTen(18));
            case "Ki": return Optional.of(number.multiply(BigDecimal.valueOf(1L << 10)));
            case "Mi": return Optional.of(number.multiply(BigDecimal.valueOf(1L << 20)));
            case "Gi": return Optional.of(number.multiply(BigDecimal.valueOf(1L << 30)));
            case "Ti": return Optional.of(number.multiply(BigDecimal.valueOf(1L << 40)));
            case "Pi": return Optional.of(number.multiply(BigDecimal.valueOf(1L << 50)));
            case "Ei": return Optional.of(number.multiply(BigDecimal.valueOf(1L << 60)));
            default:
                return exponent(number, suffix);
        }
    }

    private static Optional<BigDecimal> exponent(BigDecimal number, String suffix) {
        if (suffix.length() < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
            return Optional.empty();
        }
        int i = 1;
        boolean negative = false;
        if (suffix.charAt(i) == '+' || suffix.charAt(i) == '-') {
            negative = suffix.charAt(i) == '-';
            i++;
        }
        if (i >= suffix.length() || suffix.length() - i > 4) {
            return Optional.empty();
        }
        int exp = 0;
        for (; i < suffix.length(); i++) {
            char c = suffix.charAt(i);
            if (!isDigit(c)) {
                return Optional.empty();
            }
            exp = exp * 10 + (c - '0');
        }
        if (exp > MAX_EXPONENT) {
            return Optional.empty();
        }
        return Optional.of(number.scaleByPowerOfTen(negative ? -exp : exp));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The exact value in base units: cores for {@code cpu}, bytes for {@code memory}, a count for devices. */
    public BigDecimal value() {
        return value;
    }

    /** The value in thousandths, rounded up (millicores for {@code cpu}); saturates at {@code Long.MAX_VALUE}. */
    public long millis() {
        return saturate(value.scaleByPowerOfTen(3).setScale(0, RoundingMode.CEILING));
    }

    /** The value rounded up to a whole number (bytes, devices); saturates at {@code Long.MAX_VALUE}. */
    public long whole() {
        return saturate(value.setScale(0, RoundingMode.CEILING));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    private static long saturate(BigDecimal whole) {
        if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
            return Long.MAX_VALUE;
        }
        if (whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
            return Long.MIN_VALUE;
        }
        return whole.longValueExact();
    }

    @Override
    public int compareTo(Quantity o) {
        return value.compareTo(o.value);
    }

    /** Equal values, however written ({@code 1Gi} equals {@code 1024Mi}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && q.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
