package dev.bulwark.rules.context;

import dev.bulwark.project.ContextTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A file tree in memory for tests: files with sizes and optional text, folders implied. */
public final class MemoryTree implements ContextTree {
    private final Map<Path, Map<String, Entry>> folders = new HashMap<>();
    private final Map<Path, String> texts = new HashMap<>();

    public MemoryTree file(Path path, long size) {
        add(path, new Entry(path.getFileName().toString(), Kind.FILE, size));
        return this;
    }

    public MemoryTree text(Path path, String text) {
        texts.put(path, text);
        return file(path, text.length());
    }

    public MemoryTree folder(Path path) {
        folder0(path);
        return this;
    }

    /**
     * A listing as in a rule doc's {@code context} fence: {@code path size} or {@code path = text}
     * per line ({@code \n} in the text is a line break); a path ending in {@code /} is an empty folder.
     */
    public static MemoryTree parse(Path root, String listing) {
        MemoryTree tree = new MemoryTree();
        tree.folder(root);
        for (String line : listing.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int eq = l.indexOf(" = ");
            if (eq > 0) {
                tree.text(root.resolve(l.substring(0, eq)), l.substring(eq + 3).replace("\\n", "\n"));
            } else if (l.endsWith("/")) {
                tree.folder(root.resolve(l));
            } else {
                int sp = l.lastIndexOf(' ');
                tree.file(root.resolve(l.substring(0, sp)), Long.parseLong(l.substring(sp + 1)));
            }
        }
        return tree;
    }

    private void add(Path path, Entry entry) {
        folder0(path.getParent()).put(entry.name(), entry);
    }

    private Map<String, Entry> folder0(Path path) {
        Map<String, Entry> entries = folders.get(path);
        if (entries == null) {
            entries = new TreeMap<>();
            folders.put(path, entries);
            if (path.getParent() != null) {
                folder0(path.getParent()).put(path.getFileName().toString(), new Entry(path.getFileName().toString(),
                        Kind.DIRECTORY, -1));
            }
        }
        return entries;
    }

    @Override
    public Listing list(Path folder) {
        Map<String, Entry> entries = folders.get(folder);
        return new Listing(entries == null ? List.of() : new ArrayList<>(entries.values()), Optional.empty());
    }

    @Override
    public Optional<Entry> entry(Path path) {
        if (path.getParent() == null) {
            return Optional.of(new Entry("", Kind.DIRECTORY, -1));
        }
        Map<String, Entry> parent = folders.get(path.getParent());
        return parent == null ? Optional.empty() : Optional.ofNullable(parent.get(path.getFileName().toString()));
    }

    @Override
    public Optional<String> linkTarget(Path path) {
        return Optional.empty();
    }

    @Override
    public Optional<String> read(Path file, int maxChars) {
        String t = texts.get(file);
        return t == null ? Optional.empty() : Optional.of(t.length() > maxChars ? t.substring(0, maxChars) : t);
    }
}
