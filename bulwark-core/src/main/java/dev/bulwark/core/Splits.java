package dev.bulwark.core;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link java.util.regex.Pattern#split(CharSequence)} for the few separators the checks split on
 * every file (tag components, words), written out so that a check compiles no regular expression
 * (see {@link LazyPattern} for why). Same result as the pattern named on each method: no match
 * gives the input itself, a leading empty part is kept, trailing empty parts are dropped.
 */
public final class Splits {
    /** {@code \s} without the Unicode flag. */
    public static final String WHITESPACE = " \t\n\u000B\f\r";

    private Splits() {
    }

    /** As {@code Pattern.compile("[" + chars + "]").split(input)}: each one of {@code chars} separates. */
    public static String[] onEachOf(String input, String chars) {
        List<String> parts = new ArrayList<>();
        int index = 0;
        boolean matched = false;
        for (int i = 0; i < input.length(); i++) {
            if (chars.indexOf(input.charAt(i)) >= 0) {
                parts.add(input.substring(index, i));
                index = i + 1;
                matched = true;
            }
        }
        return result(input, parts, index, matched);
    }

    /** As {@code Pattern.compile("\\s+").split(input)}: runs of ASCII whitespace separate. */
    public static String[] onWhitespace(String input) {
        return onRunsOf(input, WHITESPACE, false);
    }

    /** As {@code Pattern.compile("[" + chars + "]+").split(input)}: runs of {@code chars} separate. */
    public static String[] onRunsOf(String input, String chars) {
        return onRunsOf(input, chars, false);
    }

    /** As {@code Pattern.compile("[^a-z0-9]+").split(input)}: runs of anything but small letters and digits separate. */
    public static String[] onNonLowerAlphanumeric(String input) {
        return onRunsOf(input, "abcdefghijklmnopqrstuvwxyz0123456789", true);
    }

    /** Runs of {@code chars}, or of any other character when {@code complement}, separate. */
    private static String[] onRunsOf(String input, String chars, boolean complement) {
        List<String> parts = new ArrayList<>();
        int index = 0;
        boolean matched = false;
        int i = 0;
        while (i < input.length()) {
            if (chars.indexOf(input.charAt(i)) >= 0 != complement) {
                int end = i + 1;
                while (end < input.length() && chars.indexOf(input.charAt(end)) >= 0 != complement) {
                    end++;
                }
                parts.add(input.substring(index, i));
                index = end;
                matched = true;
                i = end;
            } else {
                i++;
            }
        }
        return result(input, parts, index, matched);
    }

    private static String[] result(String input, List<String> parts, int index, boolean matched) {
        if (!matched) {
            return new String[] {input};
        }
        parts.add(input.substring(index));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(new String[0]);
    }
}
