package dev.bulwark.compose;

import java.time.Duration;
import java.util.Optional;

/**
 * Durations as Compose reads {@code healthcheck.interval}, {@code stop_grace_period} and the
 * deploy delays (CG {@code types.Duration}, xhit/go-str2duration): Go's {@code time.ParseDuration}
 * plus days and weeks. A sign, then one or more decimal numbers each with a unit {@code ns},
 * {@code us} ({@code µs}), {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}, {@code w}:
 * {@code 30s}, {@code 1m30s}, {@code 1.5h}, {@code 1h5m30s20ms}. {@code 0} alone needs no unit.
 */
public final class Durations {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Durations() {
    }

    public static Optional<Duration> parse(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        double totalNanos = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '.' && !Numbers.isDigit(c)) {
                return Optional.empty();
            }
            int numberStart = i;
            int digits = 0;
            while (i < n && Numbers.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && Numbers.isDigit(s.charAt(i))) {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return Optional.empty();
            }
            double number = Double.parseDouble(s.substring(numberStart, i));
            int unitStart = i;
            while (i < n && s.charAt(i) != '.' && !Numbers.isDigit(s.charAt(i))) {
                i++;
            }
            long unit = unitNanos(s.substring(unitStart, i));
            if (unit <= 0) {
                return Optional.empty();
            }
            totalNanos += number * unit;
            if (totalNanos > Long.MAX_VALUE) {
                return Optional.empty();
            }
        }
        long nanos = (long) totalNanos;
        Duration d = Duration.ofSeconds(nanos / NANOS_PER_SECOND, nanos % NANOS_PER_SECOND);
        return Optional.of(negative ? d.negated() : d);
    }

    private static long unitNanos(String unit) {
        switch (unit) {
            case "ns":
                return 1L;
            case "us":
            case "\u00b5s":
            case "\u03bcs":
                return 1_000L;
            case "ms":
                return 1_000_000L;
            case "s":
                return NANOS_PER_SECOND;
            case "m":
                return 60 * NANOS_PER_SECOND;
            case "h":
                return 3600 * NANOS_PER_SECOND;
            case "d":
                return 24 * 3600 * NANOS_PER_SECOND;
            case "w":
                return 7 * 24 * 3600 * NANOS_PER_SECOND;
            default:
                return 0;
        }
    }
}
