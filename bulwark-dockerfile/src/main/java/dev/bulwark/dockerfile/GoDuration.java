package dev.bulwark.dockerfile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Go's {@code time.ParseDuration} (spec 1.8 HEALTHCHECK durations), in nanoseconds. Whole numbers
 * of units ({@code 30s}, {@code 1m30s}) are summed in {@code long}s; only a fraction
 * ({@code 1.5s}) takes {@link BigDecimal}, whose class initialisation alone is tens of
 * milliseconds of a cold start on recent JDKs.
 */
final class GoDuration {
    private GoDuration() {
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
        List<String> numbers = new ArrayList<>();
        List<Long> units = new ArrayList<>();
        boolean fractions = false;
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
            numbers.add(num);
            units.add(unit);
            fractions |= num.indexOf('.') >= 0;
        }
        OptionalLong sum = fractions ? decimalSum(numbers, units) : wholeSum(numbers, units);
        return sum.isPresent() && negative ? OptionalLong.of(-sum.getAsLong()) : sum;
    }

    /** The sum of whole numbers of units; empty when it exceeds {@code Long.MAX_VALUE}. */
    private static OptionalLong wholeSum(List<String> numbers, List<Long> units) {
        long total = 0;
        try {
            for (int n = 0; n < numbers.size(); n++) {
                String num = numbers.get(n);
                long value = 0;
                for (int d = 0; d < num.length(); d++) {
                    value = Math.addExact(Math.multiplyExact(value, 10), num.charAt(d) - '0');
                }
                total = Math.addExact(total, Math.multiplyExact(value, units.get(n)));
            }
        } catch (ArithmeticException overflow) {
            // Every term is positive: the sum is larger still.
            return OptionalLong.empty();
        }
        return OptionalLong.of(total);
    }

    /** The exact sum of numbers with fractions, truncated to whole nanoseconds. */
    private static OptionalLong decimalSum(List<String> numbers, List<Long> units) {
        BigDecimal total = BigDecimal.ZERO;
        for (int n = 0; n < numbers.size(); n++) {
            String num = numbers.get(n);
            String normalized = num.startsWith(".") ? "0" + num : num.endsWith(".") ? num + "0" : num;
            total = total.add(new BigDecimal(normalized).multiply(BigDecimal.valueOf(units.get(n))));
        }
        BigInteger nanos = total.toBigInteger();
        if (nanos.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(nanos.longValueExact());
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
