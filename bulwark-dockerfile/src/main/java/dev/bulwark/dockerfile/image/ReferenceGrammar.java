package dev.bulwark.dockerfile.image;

/**
 * The regular expressions of {@code distribution/reference}'s {@code regexp.go}, matched by hand:
 * each method accepts exactly what the expression in its comment accepts (ReferenceGrammarTest
 * compares them), but a FROM costs no regular expression compilation on a cold JVM. The grammar
 * needs no backtracking: {@code @} starts the digest, the tag is what follows a {@code :} after
 * the name's last {@code /}, and the domain is what precedes the name's first {@code /}.
 */
final class ReferenceGrammar {
    private static final int TAG_LENGTH_MAX = 128;
    private static final int DIGEST_HEX_MIN = 32;

    /** A matched reference: the name, and the tag and digest or {@code null}. */
    record Reference(String name, String tag, String digest) {
    }

    private ReferenceGrammar() {
    }

    /** {@code ^(NAME)(?::(TAG))?(?:@(DIGEST))?$}, or {@code null} when {@code s} does not match. */
    static Reference reference(String s) {
        int at = s.indexOf('@');
        String left = at < 0 ? s : s.substring(0, at);
        String digest = at < 0 ? null : s.substring(at + 1);
        if (digest != null && !isDigest(digest)) {
            return null;
        }
        int colon = left.indexOf(':', left.lastIndexOf('/') + 1);
        String name = colon < 0 ? left : left.substring(0, colon);
        String tag = colon < 0 ? null : left.substring(colon + 1);
        if (tag != null && !isTag(tag) || !isName(name)) {
            return null;
        }
        return new Reference(name, tag, digest);
    }

    /**
     * The domain of a name matched by {@code ^(?:(DOMAIN_AND_PORT)/)?(REMOTE_NAME)$}, or
     * {@code null} when it has none (or does not match).
     */
    static String domainOf(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String domain = name.substring(0, slash);
        return isDomainAndPort(domain) && isRemoteName(name.substring(slash + 1)) ? domain : null;
    }

    /** {@code (?:DOMAIN_AND_PORT/)?REMOTE_NAME} */
    private static boolean isName(String name) {
        return isRemoteName(name) || domainOf(name) != null;
    }

    /** {@code PATH_COMPONENT(?:/PATH_COMPONENT)*} */
    private static boolean isRemoteName(String name) {
        int start = 0;
        while (true) {
            int slash = name.indexOf('/', start);
            int end = slash < 0 ? name.length() : slash;
            if (!isPathComponent(name, start, end)) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            start = slash + 1;
        }
    }

    /**
     * {@code [a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*}: runs of small letters and digits, joined by
     * {@code .}, {@code _}, {@code __} or any number of {@code -}.
     */
    private static boolean isPathComponent(String s, int start, int end) {
        if (start >= end || !isLowerAlphanumeric(s.charAt(start)) || !isLowerAlphanumeric(s.charAt(end - 1))) {
            return false;
        }
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (isLowerAlphanumeric(c)) {
                i++;
                continue;
            }
            int run = i;
            while (i < end && !isLowerAlphanumeric(s.charAt(i))) {
                i++;
            }
            if (!isSeparator(s, run, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(String s, int start, int end) {
        int length = end - start;
        char first = s.charAt(start);
        if (first == '-') {
            for (int i = start; i < end; i++) {
                if (s.charAt(i) != '-') {
                    return false;
                }
            }
            return true;
        }
        if (first == '.') {
            return length == 1;
        }
        return first == '_' && (length == 1 || length == 2 && s.charAt(start + 1) == '_');
    }

    /** {@code (?:DOMAIN_NAME|\[(?:[a-fA-F0-9:]+)\])(?::[0-9]+)?} */
    private static boolean isDomainAndPort(String s) {
        int hostEnd;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 2) {
                return false;
            }
            for (int i = 1; i < close; i++) {
                char c = s.charAt(i);
                if (!isHex(c) && c != ':') {
                    return false;
                }
            }
            hostEnd = close + 1;
        } else {
            int colon = s.indexOf(':');
            hostEnd = colon < 0 ? s.length() : colon;
            if (!isDomainName(s, hostEnd)) {
                return false;
            }
        }
        if (hostEnd == s.length()) {
            return true;
        }
        return s.charAt(hostEnd) == ':' && hostEnd + 1 < s.length() && allDigits(s, hostEnd + 1, s.length());
    }

    /**
     * {@code DOMAIN_COMPONENT(?:\.DOMAIN_COMPONENT)*} over {@code s[0, end)}, a component being
     * letters, digits and {@code -}, neither first nor last a {@code -}.
     */
    private static boolean isDomainName(String s, int end) {
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int componentEnd = dot < 0 || dot > end ? end : dot;
            if (start >= componentEnd || s.charAt(start) == '-' || s.charAt(componentEnd - 1) == '-') {
                return false;
            }
            for (int i = start; i < componentEnd; i++) {
                char c = s.charAt(i);
                if (!isAlphanumeric(c) && c != '-') {
                    return false;
                }
            }
            if (componentEnd == end) {
                return true;
            }
            start = componentEnd + 1;
        }
    }

    /** {@code [\w][\w.-]{0,127}} */
    private static boolean isTag(String tag) {
        if (tag.isEmpty() || tag.length() > TAG_LENGTH_MAX || !isWord(tag.charAt(0))) {
            return false;
        }
        for (int i = 1; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!isWord(c) && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}} */
    private static boolean isDigest(String digest) {
        int colon = digest.indexOf(':');
        if (colon < 0 || digest.length() - colon - 1 < DIGEST_HEX_MIN) {
            return false;
        }
        for (int i = colon + 1; i < digest.length(); i++) {
            if (!isHex(digest.charAt(i))) {
                return false;
            }
        }
        boolean componentStart = true;
        for (int i = 0; i < colon; i++) {
            char c = digest.charAt(i);
            if (componentStart) {
                if (!isLetter(c)) {
                    return false;
                }
                componentStart = false;
            } else if (c == '-' || c == '_' || c == '+' || c == '.') {
                componentStart = true;
            } else if (!isAlphanumeric(c)) {
                return false;
            }
        }
        return !componentStart;
    }

    private static boolean allDigits(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAlphanumeric(char c) {
        return isLetter(c) || isDigit(c);
    }

    private static boolean isLowerAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || isDigit(c);
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** {@code \w} without the Unicode flag. */
    private static boolean isWord(char c) {
        return isAlphanumeric(c) || c == '_';
    }
}
