package dev.bulwark.rules.compose;

/** Container paths as mount targets relate to them (targets are cleaned by the model: no trailing slash, no {@code .}). */
final class ContainerPaths {
    private ContainerPaths() {
    }

    /** True when {@code mountTarget} is {@code path} or one of its parent directories. */
    static boolean isAtOrAbove(String mountTarget, String path) {
        String p = trim(path);
        String t = trim(mountTarget);
        return p.equals(t) || t.equals("/") || p.startsWith(t + "/");
    }

    /** True when {@code mountTarget} is at, above or below {@code path}: what is mounted there shares the directory. */
    static boolean overlaps(String mountTarget, String path) {
        return isAtOrAbove(mountTarget, path) || isAtOrAbove(path, mountTarget);
    }

    /** True for {@code /tmp} and paths below it: a deliberately throw-away place. */
    static boolean isTemporary(String path) {
        String p = trim(path);
        return p.equals("/tmp") || p.startsWith("/tmp/");
    }

    private static String trim(String path) {
        String p = path.strip();
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
