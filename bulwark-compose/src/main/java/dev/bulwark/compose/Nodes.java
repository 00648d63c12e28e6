package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.List;

/** Small queries over nodes that views share. */
final class Nodes {
    private Nodes() {
    }

    /** True when any scalar in the node depends on a variable with no value. */
    static boolean isUnresolved(ComposeNode node) {
        if (node instanceof ComposeScalar s) {
            return s.isUnresolved();
        }
        if (node instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (isUnresolved(item)) {
                    return true;
                }
            }
            return false;
        }
        for (ComposeEntry e : ((ComposeMapping) node).entries()) {
            if (isUnresolved(e.value())) {
                return true;
            }
        }
        return false;
    }

    /** A string or list of strings as scalars ({@code string_or_list}, {@code list_of_strings}); null entries skipped. */
    static List<ComposeScalar> strings(ComposeNode node) {
        List<ComposeScalar> result = new ArrayList<>();
        if (node instanceof ComposeScalar s) {
            if (s.type() != ScalarType.NULL) {
                result.add(s);
            }
        } else if (node instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (item instanceof ComposeScalar s && s.type() != ScalarType.NULL) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** Go's {@code path.Clean} for container paths: one slash, no {@code .}, {@code ..} resolved lexically. */
    static String cleanPath(String path) {
        if (path.isEmpty()) {
            return "";
        }
        boolean rooted = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                String part = path.substring(start, i);
                start = i + 1;
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (part.equals("..")) {
                    if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                        parts.remove(parts.size() - 1);
                    } else if (!rooted) {
                        parts.add(part);
                    }
                    continue;
                }
                parts.add(part);
            }
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
