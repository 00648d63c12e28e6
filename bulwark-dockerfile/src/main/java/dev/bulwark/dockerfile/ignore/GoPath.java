package dev.bulwark.dockerfile.ignore;

import java.util.ArrayList;
import java.util.List;

/** Go's {@code path.Clean} on {@code /}-separated paths (Linux builders, spec 2.2 step 5). */
final class GoPath {
    private GoPath() {
    }

    /** Collapses {@code //}, drops {@code .} segments, resolves {@code ..}, drops a trailing {@code /}; empty gives {@code .}. */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add(segment);
                }
                continue;
            }
            out.add(segment);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
