package dev.bulwark.rules.images;

import static dev.bulwark.rules.AsciiScan.digitAt;
import static dev.bulwark.rules.AsciiScan.digitsEnd;
import static dev.bulwark.rules.AsciiScan.isEndAnchor;
import static dev.bulwark.rules.AsciiScan.restIsOneLine;

/**
 * The shapes of image tags that {@link TagPrecision}, {@link CudaImages} and
 * {@link AcceleratorImages} look for, matched by hand: every image of every file is judged, and
 * these used to be regular expressions, whose compilation a cold start pays for. Each method
 * accepts exactly what the expression in its comment accepts, with the same groups
 * (TagShapesTest compares them); none of these needs backtracking.
 */
final class TagShapes {
    private static final String SEPARATORS = "-_.";

    private TagShapes() {
    }

    /** {@code \d+\.\d+\.\d+} somewhere in {@code s} ({@code find}). */
    static boolean containsFullVersion(String s) {
        for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (!digitAt(s, dot - 1)) {
                continue;
            }
            int middle = digitsEnd(s, dot + 1);
            if (middle > dot + 1 && middle < s.length() && s.charAt(middle) == '.' && digitAt(s, middle + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code \d+\.\d+\.\d+}, all of {@code s}. */
    static boolean isFullVersion(String s) {
        int first = digitsEnd(s, 0);
        if (first == 0 || first >= s.length() || s.charAt(first) != '.') {
            return false;
        }
        int second = digitsEnd(s, first + 1);
        if (second == first + 1 || second >= s.length() || s.charAt(second) != '.') {
            return false;
        }
        int third = digitsEnd(s, second + 1);
        return third > second + 1 && third == s.length();
    }

    /**
     * {@code (?<!\d)(?:19|20)\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?!\d)} somewhere in
     * {@code s} ({@code find}): a date such as {@code 20240501} or {@code 2024-05-01}.
     */
    static boolean containsDateStamp(String s) {
        for (int i = 0; i + 6 <= s.length(); i++) {
            if (!digitAt(s, i - 1) && isDateStampAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateStampAt(String s, int start) {
        if (!s.startsWith("19", start) && !s.startsWith("20", start)) {
            return false;
        }
        int i = start + 2;
        if (!digitAt(s, i) || !digitAt(s, i + 1)) {
            return false;
        }
        i += 2;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        if (!isMonth(s, i)) {
            return false;
        }
        i += 2;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        return isDay(s, i) && !digitAt(s, i + 2);
    }

    /** {@code 0[1-9]|1[0-2]} at {@code i} */
    private static boolean isMonth(String s, int i) {
        if (i + 2 > s.length()) {
            return false;
        }
        char tens = s.charAt(i);
        char ones = s.charAt(i + 1);
        return tens == '0' && ones >= '1' && ones <= '9' || tens == '1' && ones >= '0' && ones <= '2';
    }

    /** {@code 0[1-9]|[12]\d|3[01]} at {@code i} */
    private static boolean isDay(String s, int i) {
        if (i + 2 > s.length()) {
            return false;
        }
        char tens = s.charAt(i);
        char ones = s.charAt(i + 1);
        return tens == '0' && ones >= '1' && ones <= '9' || (tens == '1' || tens == '2') && digitAt(s, i + 1)
                || tens == '3' && (ones == '0' || ones == '1');
    }

    /** {@code [0-9a-f]{7,40}}, all of {@code s}. */
    static boolean isCommitLength(String s) {
        if (s.length() < 7 || s.length() > 40) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** {@code \d{3,}}, all of {@code s}. */
    static boolean isBuildNumber(String s) {
        return s.length() >= 3 && digitsEnd(s, 0) == s.length();
    }

    /** {@code ^\d+\.\d+(?![.\d])} at the start of {@code s} ({@code find}). */
    static boolean startsWithRelease(String s) {
        int major = digitsEnd(s, 0);
        if (major == 0 || major >= s.length() || s.charAt(major) != '.') {
            return false;
        }
        int minor = digitsEnd(s, major + 1);
        return minor > major + 1 && (minor == s.length() || s.charAt(minor) != '.');
    }

    /**
     * The groups of {@code ^(v?)(\d+)\.(\d+)(?![.\d])(.*)$} ({@code matches}): prefix, major,
     * minor, rest; {@code null} when {@code s} does not match.
     */
    static String[] majorMinor(String s) {
        int start = s.startsWith("v") ? 1 : 0;
        int major = digitsEnd(s, start);
        if (major == start || major >= s.length() || s.charAt(major) != '.') {
            return null;
        }
        int minor = digitsEnd(s, major + 1);
        if (minor == major + 1 || minor < s.length() && s.charAt(minor) == '.' || !restIsOneLine(s, minor)) {
            return null;
        }
        return new String[] {s.substring(0, start), s.substring(start, major), s.substring(major + 1, minor),
            s.substring(minor)};
    }

    /**
     * The groups of {@code ^(v?)(\d+)(?![.\d])(.*)$} ({@code matches}): prefix, major, rest;
     * {@code null} when {@code s} does not match.
     */
    static String[] major(String s) {
        int start = s.startsWith("v") ? 1 : 0;
        int major = digitsEnd(s, start);
        if (major == start || major < s.length() && s.charAt(major) == '.' || !restIsOneLine(s, major)) {
            return null;
        }
        return new String[] {s.substring(0, start), s.substring(start, major), s.substring(major)};
    }

    /**
     * The version groups of {@code ^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?=-|$)(.*)$} ({@code matches},
     * NVIDIA's CUDA tags such as {@code 12.4.1-devel-ubuntu22.04}): major, then minor and patch or
     * {@code null}; {@code null} when {@code s} does not match.
     */
    static String[] nvidiaVersion(String s) {
        String[] groups = new String[3];
        int end = digitsEnd(s, 0);
        if (end == 0) {
            return null;
        }
        groups[0] = s.substring(0, end);
        for (int g = 1; g < 3; g++) {
            if (end < s.length() && s.charAt(end) == '.' && digitAt(s, end + 1)) {
                int next = digitsEnd(s, end + 1);
                groups[g] = s.substring(end + 1, next);
                end = next;
            }
        }
        boolean boundary = end == s.length() || s.charAt(end) == '-' || isEndAnchor(s, end);
        return boundary && restIsOneLine(s, end) ? groups : null;
    }

    /**
     * The groups of the first {@code (?:^|[-_.])cuda[-_]?(\d+)(?:\.(\d+))?(?=[-_]|$|\.\D)} in
     * {@code s} ({@code find}): major and minor or {@code null}; {@code null} when none.
     */
    static String[] cudaVersion(String s) {
        for (int k = s.indexOf("cuda"); k >= 0; k = s.indexOf("cuda", k + 1)) {
            if (k > 0 && SEPARATORS.indexOf(s.charAt(k - 1)) < 0) {
                continue;
            }
            int start = k + 4;
            if (start < s.length() && (s.charAt(start) == '-' || s.charAt(start) == '_')) {
                start++;
            }
            int major = digitsEnd(s, start);
            if (major == start) {
                continue;
            }
            String minor = null;
            int end = major;
            if (major < s.length() && s.charAt(major) == '.' && digitAt(s, major + 1)) {
                end = digitsEnd(s, major + 1);
                minor = s.substring(major + 1, end);
            }
            boolean boundary = end < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '_')
                    || isEndAnchor(s, end)
                    || end + 1 < s.length() && s.charAt(end) == '.' && !digitAt(s, end + 1);
            if (boundary) {
                return new String[] {s.substring(start, major), minor};
            }
        }
        return null;
    }

    /**
     * The digits of the first {@code (?:^|[-_.])cu(\d{2,3})(?=[-_.]|$)} in {@code s}
     * ({@code find}), PyTorch's {@code cu121}; {@code null} when none.
     */
    static String cuDigits(String s) {
        for (int k = s.indexOf("cu"); k >= 0; k = s.indexOf("cu", k + 1)) {
            if (k > 0 && SEPARATORS.indexOf(s.charAt(k - 1)) < 0) {
                continue;
            }
            int end = digitsEnd(s, k + 2);
            int digits = end - (k + 2);
            boolean boundary = end < s.length() && SEPARATORS.indexOf(s.charAt(end)) >= 0 || isEndAnchor(s, end);
            if ((digits == 2 || digits == 3) && boundary) {
                return s.substring(k + 2, end);
            }
        }
        return null;
    }

    /**
     * {@code s} with its first {@code (?<=^|[-_.])devel(?=$|[-_.])} replaced by {@code runtime}
     * ({@code replaceFirst}): {@code 12.4.1-devel-ubuntu22.04} gives {@code 12.4.1-runtime-ubuntu22.04}.
     */
    static String develToRuntime(String s) {
        for (int k = s.indexOf("devel"); k >= 0; k = s.indexOf("devel", k + 1)) {
            int end = k + "devel".length();
            boolean before = k == 0 || SEPARATORS.indexOf(s.charAt(k - 1)) >= 0;
            boolean after = isEndAnchor(s, end) || end < s.length() && SEPARATORS.indexOf(s.charAt(end)) >= 0;
            if (before && after) {
                return s.substring(0, k) + "runtime" + s.substring(end);
            }
        }
        return s;
    }
}
