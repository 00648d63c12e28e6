package dev.bulwark.compose;

import java.util.OptionalLong;

/**
 * Byte sizes as Compose reads {@code mem_limit}, {@code memswap_limit}, {@code shm_size},
 * {@code deploy.resources.*.memory} and tmpfs sizes (CG {@code types.UnitBytes}): a plain integer
 * (negative allowed, {@code -1} means unlimited for swap), else docker/go-units
 * {@code RAMInBytes}: a decimal number, an optional space, an optional unit {@code k m g t p}
 * (any case, powers of 1024), an optional {@code i}, an optional {@code b}: {@code 512m},
 * {@code 1.5g}, {@code 2GiB}, {@code 100kb}.
 */
public final class ByteSizes {
    private ByteSizes() {
    }

    public static OptionalLong parse(String text) {
        OptionalLong plain = Numbers.parseLong(text);
        if (plain.isPresent()) {
            return plain;
        }
        int n = text.length();
        int i = 0;
        while (i < n && Numbers.isDigit(text.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return OptionalLong.empty();
        }
        // go-units accepts \d+(\.\d+)*, then ParseFloat rejects a second dot.
        if (i < n && text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && Numbers.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fraction) {
                return OptionalLong.empty();
            }
        }
        double number;
        try {
            number = Double.parseDouble(text.substring(0, i));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        if (i < n && text.charAt(i) == ' ') {
            i++;
        }
        double multiplier = 1;
        if (i < n) {
            int power = power(text.charAt(i));
            if (power > 0) {
                multiplier = Math.pow(1024, power);
                i++;
            }
        }
        if (i < n && (text.charAt(i) == 'i' || text.charAt(i) == 'I')) {
            i++;
        }
        if (i < n && (text.charAt(i) == 'b' || text.charAt(i) == 'B')) {
            i++;
        }
        if (i != n) {
            return OptionalLong.empty();
        }
        double bytes = number * multiplier;
        return bytes >= Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of((long) bytes);
    }

    private static int power(char unit) {
        switch (Character.toLowerCase(unit)) {
            case 'k':
                return 1;
            case 'm':
                return 2;
            case 'g':
                return 3;
            case 't':
                return 4;
            case 'p':
                return 5;
            default:
                return 0;
        }
    }
}
