package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The short port syntax {@code [HOST_IP:][HOST_PORT[-RANGE]:]CONTAINER_PORT[-RANGE][/PROTOCOL]}
 * (NOTES 3.9; docker/go-connections {@code nat.ParsePortSpec}, which CG calls, described, not
 * copied). A container range expands to one entry per port; a host range with a single container
 * port stays one entry. IPv6 may be bracketed ({@code [::1]:6001:6001}).
 */
final class PortSpec {

    static final class Entry {
        final String hostIp;
        final String published;
        final int target;
        final String protocol;

        Entry(String hostIp, String published, int target, String protocol) {
            this.hostIp = hostIp;
            this.published = published;
            this.target = target;
            this.protocol = protocol;
        }
    }

    static final class Parsed {
        final List<Entry> entries = new ArrayList<>();
        /** Null when the spec parsed. */
        String error;
    }

    private PortSpec() {
    }

    static Parsed parse(String raw) {
        Parsed result = new Parsed();
        List<String> parts = split(raw, ':');
        int n = parts.size();
        String container = parts.get(n - 1);
        String ip = "";
        String host = "";
        if (n == 2) {
            host = parts.get(0);
        } else if (n == 3) {
            ip = parts.get(0);
            host = parts.get(1);
        } else if (n > 3) {
            ip = String.join(":", parts.subList(0, n - 2));
            host = parts.get(n - 2);
        }
        String protocol = "tcp";
        int slash = container.indexOf('/');
        if (container.isEmpty() || slash == 0) {
            container = "";
        } else if (slash > 0) {
            int second = container.indexOf('/', slash + 1);
            String proto = container.substring(slash + 1, second < 0 ? container.length() : second);
            protocol = proto.isEmpty() ? "tcp" : proto;
            container = container.substring(0, slash);
        }
        if (ip.startsWith("[")) {
            if (!ip.endsWith("]")) {
                result.error = "invalid IP address " + ip;
                return result;
            }
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !IpAddresses.isValid(ip)) {
            result.error = "invalid IP address " + ip;
            return result;
        }
        if (container.isEmpty()) {
            result.error = "no port specified";
            return result;
        }
        int[] containerRange = range(container);
        if (containerRange == null) {
            result.error = "invalid container port " + container;
            return result;
        }
        int[] hostRange = {0, 0};
        if (!host.isEmpty()) {
            hostRange = range(host);
            if (hostRange == null) {
                result.error = "invalid host port " + host;
                return result;
            }
        }
        int containerCount = containerRange[1] - containerRange[0];
        if (!host.isEmpty() && containerCount != hostRange[1] - hostRange[0] && containerCount != 0) {
            result.error = "container port range " + container + " and host port range " + host + " differ in size";
            return result;
        }
        protocol = protocol.toLowerCase(java.util.Locale.ROOT);
        if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
            result.error = "invalid protocol " + protocol;
            return result;
        }
        for (int i = 0; i <= containerCount; i++) {
            String published = "";
            if (!host.isEmpty()) {
                published = containerCount == 0 && hostRange[0] != hostRange[1] ? host : String.valueOf(hostRange[0] + i);
            }
            result.entries.add(new Entry(ip, published, containerRange[0] + i, protocol));
        }
        return result;
    }

    /** {@code 80} or {@code 8000-8010}, each a port number; null when invalid. */
    static int[] range(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            int port = port(text);
            return port < 0 ? null : new int[] {port, port};
        }
        String second = text.substring(dash + 1);
        int nextDash = second.indexOf('-');
        if (nextDash >= 0) {
            second = second.substring(0, nextDash);
        }
        int start = port(text.substring(0, dash));
        int end = port(second);
        if (start < 0 || end < 0 || end < start) {
            return null;
        }
        return new int[] {start, end};
    }

    /** A number 0..65535 written with digits only, else -1. */
    static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !Numbers.allDigits(text)) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value > 65535 ? -1 : value;
    }

    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
