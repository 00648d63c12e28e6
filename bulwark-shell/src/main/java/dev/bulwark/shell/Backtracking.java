package dev.bulwark.shell;

/**
 * How much text a script's parse may read and then give up, shared by the parser and the
 * sub-parsers of its backquotes and heredocs. {@code ((} and {@code $((} are tried as arithmetic
 * first and re-read as subshells or command substitutions when that fails (bash does the same);
 * nested and combined with backquotes, whose content a fresh sub-parser reads on every attempt,
 * those retries multiplied: an 857-character fuzzer input took seconds (ShellParserFuzzTest,
 * issue 9). A real script gives up a few characters per retry; past the allowance the parser
 * stops trying arithmetic (reported once), so every character is read a bounded number of times.
 */
final class Backtracking {
    /** Characters that may be re-read per character of the script, plus a floor for short ones. */
    private static final int PER_CHARACTER = 8;
    private static final int FLOOR = 1024;

    private long left;
    private boolean refused;

    Backtracking(int scriptLength) {
        this.left = (long) PER_CHARACTER * scriptLength + FLOOR;
    }

    /** Records {@code characters} read in vain by an attempt that was given up. */
    void giveUp(int characters) {
        left -= Math.max(0, characters);
    }

    boolean exhausted() {
        return left < 0;
    }

    /** True the first time it is asked after the allowance ran out, so the parser reports it once. */
    boolean firstRefusal() {
        boolean first = !refused;
        refused = true;
        return first;
    }
}
