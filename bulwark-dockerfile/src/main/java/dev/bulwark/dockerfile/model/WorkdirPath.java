package dev.bulwark.dockerfile.model;

import java.util.ArrayDeque;
import java.util.Deque;

/** WORKDIR joining (spec 1.8): a relative path is relative to the previous WORKDIR, default {@code /}. */
final class WorkdirPath {

    private WorkdirPath() {
    }

    static String resolve(String current, String next) {
        String joined = next.startsWith("/") ? next : current + "/" + next;
        return clean(joined);
    }

    /** Go's {@code path.Clean} for an absolute path. */
    static String clean(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
