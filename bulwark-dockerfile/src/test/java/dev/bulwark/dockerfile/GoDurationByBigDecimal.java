package dev.bulwark.dockerfile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.OptionalLong;

/** GoDuration as it was written, all in BigDecimal: what GoDurationTest compares with. */
final class GoDurationByBigDecimal {
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private GoDurationByBigDecimal() {
    }

    /** Nanoseconds, or empty if Go would reject the text. */
    static OptionalLong parse(String s) {
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return OptionalLong.of(0);
        }
        if (i == s.length()) {
            return OptionalLong.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int numStart = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80 || s.charAt(i) == '.')) {
                i++;
            }
            String num = s.substring(numStart, i);
            // More digits than any int64 duration has: Go reports overflow.
            if (num.length() > 40 || num.isEmpty() || num.equals(".") || num.indexOf('.') != num.lastIndexOf('.')) {
                return OptionalLong.empty();
            }
            int unitStart = i;
            while (i < s.length() && !(s.charAt(i) == '.' || s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
                i++;
            }
            long unit = unit(s.substring(unitStart, i));
            if (unit < 0) {
                return OptionalLong.empty();
            }
            String normalized = num.startsWith(".") ? "0" + num : num.endsWith(".") ? num + "0" : num;
            total = total.add(new BigDecimal(normalized).multiply(BigDecimal.valueOf(unit)));
        }
        BigInteger nanos = total.toBigInteger();
        if (nanos.compareTo(MAX) > 0) {
            return OptionalLong.empty();
        }
        long v = nanos.longValueExact();
        return OptionalLong.of(negative ? -v : v);
    }

    private static long unit(String u) {
        return switch (u) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> -1L;
        };
    }
}
