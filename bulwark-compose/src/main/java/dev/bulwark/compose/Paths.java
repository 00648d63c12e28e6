package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.List;

/** Removing entries named by {@code !reset}/{@code !override} paths from an earlier definition (NOTES 3.5). */
final class Paths {
    private Paths() {
    }

    /** {@code root} without the entries at {@code paths} that start with {@code prefix} (the prefix itself is not removed). */
    static ComposeMapping remove(ComposeMapping root, List<String[]> paths, String[] prefix) {
        ComposeMapping result = root;
        for (String[] path : paths) {
            if (path.length <= prefix.length || !startsWith(path, prefix)) {
                continue;
            }
            result = removeOne(result, path, prefix.length);
        }
        return result;
    }

    private static boolean startsWith(String[] path, String[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (!path[i].equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    private static ComposeMapping removeOne(ComposeMapping mapping, String[] path, int index) {
        String key = path[index];
        if (key.equals(ModelPath.LIST_ITEM)) {
            return mapping;
        }
        int i = mapping.indexOf(key);
        if (i < 0) {
            return mapping;
        }
        List<ComposeEntry> entries = new ArrayList<>(mapping.entries());
        if (index == path.length - 1) {
            entries.remove(i);
        } else if (entries.get(i).value() instanceof ComposeMapping child) {
            entries.set(i, entries.get(i).withValue(removeOne(child, path, index + 1)));
        } else {
            return mapping;
        }
        return new ComposeMapping(mapping.span(), entries, mapping.mergedFrom(), mapping.isImplied());
    }

    /** {@code mapping} with {@code key} removed. */
    static ComposeMapping without(ComposeMapping mapping, String key) {
        int i = mapping.indexOf(key);
        if (i < 0) {
            return mapping;
        }
        List<ComposeEntry> entries = new ArrayList<>(mapping.entries());
        entries.remove(i);
        return new ComposeMapping(mapping.span(), entries, mapping.mergedFrom(), mapping.isImplied());
    }

    /** {@code mapping} with {@code key} set to {@code value} (replaced in place, or appended with {@code keySpan}). */
    static ComposeMapping with(ComposeMapping mapping, String key, dev.bulwark.core.Span keySpan, ComposeNode value) {
        List<ComposeEntry> entries = new ArrayList<>(mapping.entries());
        int i = mapping.indexOf(key);
        if (i < 0) {
            entries.add(new ComposeEntry(key, keySpan, value));
        } else {
            entries.set(i, entries.get(i).withValue(value));
        }
        return new ComposeMapping(mapping.span(), entries, mapping.mergedFrom(), mapping.isImplied());
    }
}
