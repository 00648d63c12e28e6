package dev.bulwark.compose;

/** IP address literals as Go's {@code net.ParseIP} accepts them (dotted IPv4, IPv6 with {@code ::} and a trailing IPv4). */
final class IpAddresses {
    private IpAddresses() {
    }

    static boolean isValid(String ip) {
        return isIpv4(ip) || isIpv6(ip);
    }

    static boolean isIpv4(String s) {
        int parts = 0;
        int i = 0;
        int n = s.length();
        while (parts < 4) {
            int start = i;
            while (i < n && Numbers.isDigit(s.charAt(i))) {
                i++;
            }
            int len = i - start;
            // Go rejects leading zeros ("010.1.1.1") since 1.17.
            if (len == 0 || len > 3 || (len > 1 && s.charAt(start) == '0')
                    || Integer.parseInt(s.substring(start, i)) > 255) {
                return false;
            }
            parts++;
            if (parts < 4) {
                if (i >= n || s.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
        }
        return i == n;
    }

    static boolean isIpv6(String s) {
        if (s.isEmpty() || s.indexOf(':') < 0) {
            return false;
        }
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        int groups = 0;
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            i = 2;
        } else if (s.startsWith(":")) {
            return false;
        }
        while (i < n) {
            int start = i;
            while (i < n && s.charAt(i) != ':') {
                i++;
            }
            String group = s.substring(start, i);
            if (group.indexOf('.') >= 0) {
                // An embedded IPv4 address ends the address and counts as two groups.
                if (i != n || !isIpv4(group)) {
                    return false;
                }
                groups += 2;
                break;
            }
            if (group.isEmpty() || group.length() > 4 || !isHex(group)) {
                return false;
            }
            groups++;
            if (i < n) {
                i++;
                if (i < n && s.charAt(i) == ':') {
                    if (i - 1 != doubleColon) {
                        return false;
                    }
                    i++;
                } else if (i == n) {
                    return false;
                }
            }
        }
        return doubleColon >= 0 ? groups < 8 : groups == 8;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Numbers.isDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F')) {
                return false;
            }
        }
        return true;
    }
}
