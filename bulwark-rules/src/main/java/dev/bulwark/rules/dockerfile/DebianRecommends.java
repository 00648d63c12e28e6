package dev.bulwark.rules.dockerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Whether installing a Debian package also installs packages it (or a package it depends on)
 * merely recommends, so that {@code --no-install-recommends} changes the image: {@code git}
 * brings {@code less}, {@code openssh-client} and {@code patch}; {@code pv} or {@code bzip2} bring
 * nothing. The table is computed from Debian 12's package index by {@code tools/debian-recommends.py}
 * (the method is described there) and holds 4-byte hashes of the names, loaded at the first
 * question: a run that never meets {@code apt-get install} without the flag never reads it.
 */
final class DebianRecommends {
    private static final String TABLE = "debian-recommends.bin";

    private DebianRecommends() {
    }

    /** True when the package is known to bring recommended packages; false for others and for names Debian lacks. */
    static boolean bringsRecommendations(String packageName) {
        return Arrays.binarySearch(Table.HASHES, fnv1a(packageName)) >= 0;
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

    // Loaded on first use (class initialisation is lazy and thread-safe).
    private static final class Table {
        static final int[] HASHES = load();

        private static int[] load() {
            try (InputStream in = DebianRecommends.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException(TABLE + " is missing from the class path");
                }
                ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes());
                int[] hashes = new int[bytes.remaining() / Integer.BYTES];
                bytes.asIntBuffer().get(hashes);
                return hashes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
