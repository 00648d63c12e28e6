package dev.bulwark.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's {@code primaryLocationLineHash} for every line of a file: a port of the rolling hash
 * the codeql-action upload step computes (spec 4.3), so that alerts keep their identity when
 * lines move. Each line's value hashes the first 100 non-blank UTF-16 code units from the line's
 * start (spilling into later lines), followed by {@code :k}, k counting equal earlier values.
 */
final class LineHashes {
    private static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    // spec 4.3: one sentinel 65535 marks the end of the file before the zeros that flush it.
    private static final int EOF = 65535;
    private static final long FIRST_MOD = power(MOD, BLOCK_SIZE);

    private final List<String> hashes;

    private LineHashes(List<String> hashes) {
        this.hashes = List.copyOf(hashes);
    }

    static LineHashes of(CharSequence text) {
        return new Hasher().run(text);
    }

    /**
     * Hashes of each line's own text, normalised as {@link #of} does (spaces, tabs and the CR of
     * a CRLF skipped) and counted the same way ({@code :k}), but never spilling into the lines
     * after it: an edit below a finding leaves the finding's identity alone. Baselines use these.
     */
    static LineHashes ofOwnLines(CharSequence text) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        long hash = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i == length && i > 0 && text.charAt(i - 1) == '\n') {
                    break;
                }
                String hex = Long.toUnsignedString(hash, 16);
                Integer before = seen.get(hex);
                int k = before == null ? 1 : before + 1;
                seen.put(hex, k);
                out.add(hex + ":" + k);
                hash = 0;
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c != ' ' && c != '\t') {
                hash = MOD * hash + c;
            }
        }
        return new LineHashes(out);
    }

    /** The value for a 1-based line, if the file has that line. */
    Optional<String> forLine(int line) {
        return line >= 1 && line <= hashes.size() ? Optional.of(hashes.get(line - 1)) : Optional.empty();
    }

    /** All values, line 1 first. */
    List<String> all() {
        return hashes;
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /** One pass over one text; the state of the rolling window. */
    private static final class Hasher {
        private final int[] window = new int[BLOCK_SIZE];
        // The line that starts at each window slot, or -1: a line's hash is taken when the
        // window comes back to its slot, i.e. after BLOCK_SIZE more characters.
        private final int[] lineAtSlot = new int[BLOCK_SIZE];
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<String> out = new ArrayList<>();
        private long hash;
        private int index;
        private int lineNumber;
        private boolean lineStart = true;
        private boolean previousCr;

        LineHashes run(CharSequence text) {
            Arrays.fill(lineAtSlot, -1);
            for (int i = 0; i < text.length(); i++) {
                process(text.charAt(i));
            }
            process(EOF);
            for (int i = 0; i < BLOCK_SIZE; i++) {
                if (lineAtSlot[index] != -1) {
                    emit();
                }
                update(0);
            }
            return new LineHashes(out);
        }

        private void process(int c) {
            // spec 4.3: spaces and tabs are skipped, and so is the LF of a CRLF pair.
            if (c == ' ' || c == '\t' || (previousCr && c == '\n')) {
                previousCr = false;
                return;
            }
            int current = c;
            if (current == '\r') {
                current = '\n';
                previousCr = true;
            } else {
                previousCr = false;
            }
            if (lineAtSlot[index] != -1) {
                emit();
            }
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineAtSlot[index] = lineNumber;
            }
            if (current == '\n') {
                lineStart = true;
            }
            update(current);
        }

        private void emit() {
            String hex = Long.toUnsignedString(hash, 16);
            Integer before = seen.get(hex);
            int k = before == null ? 1 : before + 1;
            seen.put(hex, k);
            // Lines come out in order: each is emitted BLOCK_SIZE characters after it started.
            out.add(hex + ":" + k);
            lineAtSlot[index] = -1;
        }

        private void update(int current) {
            int leaving = window[index];
            window[index] = current;
            hash = MOD * hash + current - FIRST_MOD * leaving;
            index = (index + 1) % BLOCK_SIZE;
        }
    }
}
