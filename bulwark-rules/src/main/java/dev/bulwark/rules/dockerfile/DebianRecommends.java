package dev.bulwark.rules.dockerfile;

/**
 * Whether installing a Debian package also installs packages it (or a package it depends on)
 * merely recommends, so that {@code --no-install-recommends} changes the image: {@code git}
 * brings {@code less}, {@code openssh-client} and {@code patch}; {@code pv} or {@code bzip2} bring
 * nothing. The table is computed from Debian 12's package index by {@code tools/debian-recommends.py}
 * (the method is described there) and holds 4-byte hashes of the names, compiled in as
 * {@link DebianRecommendsHashes} and created at the first question: a run that never meets
 * {@code apt-get install} without the flag never builds it.
 */
final class DebianRecommends {
    /** Base-85 digits a hash takes in {@link DebianRecommendsHashes}. */
    static final int DIGITS = 5;
    /** The digit zero; the others follow it in ASCII, all printable, skipping {@link #SKIPPED}. */
    static final char ZERO = '#';
    /** The backslash, skipped so that the generated text needs no escapes. */
    static final char SKIPPED = '\\';

    private DebianRecommends() {
    }

    /** True when the package is known to bring recommended packages; false for others and for names Debian lacks. */
    static boolean bringsRecommendations(String packageName) {
        int wanted = fnv1a(packageName);
        String digits = Table.DIGITS;
        int low = 0;
        int high = digits.length() / DIGITS - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int hash = hashAt(digits, middle);
            if (hash < wanted) {
                low = middle + 1;
            } else if (hash > wanted) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    // 32-bit FNV-1a over the name's characters (package names are ASCII), as the table's generator hashes them.
    static int fnv1a(String name) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i) & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }

    /** The hash at {@code index} of the digits, read where it lies: decoding all 39,000 would cost more than the search. */
    static int hashAt(String digits, int index) {
        long value = 0;
        for (int i = index * DIGITS; i < (index + 1) * DIGITS; i++) {
            char c = digits.charAt(i);
            value = value * 85 + (c - ZERO - (c > SKIPPED ? 1 : 0));
        }
        return (int) value;
    }

    // Built on first use (class initialisation is lazy and thread-safe).
    private static final class Table {
        static final String DIGITS = DebianRecommendsHashes.digits();
    }
}
