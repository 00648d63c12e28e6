package dev.bulwark.report;

import java.nio.charset.StandardCharsets;

/**
 * The SARIF {@code artifactLocation.uri} of a finding's path: repository-relative,
 * {@code /}-separated, percent-encoded per RFC 3986 (spec 4.4). Absolute paths become
 * {@code file:} URIs because they cannot be relative to {@code %SRCROOT%}.
 */
final class ArtifactUri {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArtifactUri() {
    }

    static String of(String path) {
        if (isAbsolute(path)) {
            return "file://" + (path.startsWith("/") ? "" : "/") + encode(path, true);
        }
        return encode(path, false);
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/") || isDrivePath(path);
    }

    private static boolean isDrivePath(String path) {
        return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(0) < 128
                && path.charAt(1) == ':' && path.charAt(2) == '/';
    }

    /**
     * Keeps unreserved characters and {@code /}, encodes every other UTF-8 byte. A {@code :} is
     * encoded too, so that a relative path never reads as a scheme; only a drive letter's colon
     * in an absolute {@code file:} path is kept.
     */
    private static String encode(String path, boolean keepDriveColon) {
        StringBuilder sb = new StringBuilder(path.length() + 8);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean driveColon = keepDriveColon && i == 1 && b == ':' && isDrivePath(path);
            if (isUnreserved(b) || b == '/' || driveColon) {
                sb.append((char) b);
            } else {
                sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(int b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                || b == '-' || b == '.' || b == '_' || b == '~';
    }
}
