package dev.bulwark.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A repository as listed in a {@code TREE.tsv} (columns {@code path}, {@code size}, {@code mode}:
 * git's {@code 100644}/{@code 100755} files, {@code 120000} symlinks, {@code 160000} submodules;
 * {@code -} for an unknown size), rooted at {@code root}. Folders are implied by the paths. Text is
 * read from the disk when the file was copied there ({@link DiskTree}), so a listing plus the
 * copied container files behaves like the repository for everything but the content of files
 * not copied. Symlink targets are not listed: they are unknown.
 */
public final class ListingTree implements ContextTree {
    private final Path root;
    private final Map<String, Map<String, Entry>> folders = new HashMap<>();
    private final DiskTree disk = new DiskTree();

    private ListingTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
        folders.put("", new TreeMap<>());
    }

    /** Parses a listing; malformed lines are skipped (the listing is tooling output, not user input). */
    public static ListingTree parse(Path root, String tsv) {
        ListingTree tree = new ListingTree(root);
        String[] lines = tsv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split("\t");
            if (cols.length < 3 || cols[0].isEmpty()) {
                continue;
            }
            long size = -1;
            if (!cols[1].equals("-")) {
                try {
                    size = Long.parseLong(cols[1].strip());
                } catch (NumberFormatException e) {
                    size = -1;
                }
            }
            String mode = cols[2].strip();
            Kind kind = mode.equals("120000") ? Kind.SYMLINK : mode.equals("160000") ? Kind.DIRECTORY : Kind.FILE;
            tree.add(cols[0], kind, kind == Kind.FILE ? size : -1);
        }
        return tree;
    }

    private void add(String path, Kind kind, long size) {
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        folder(parent).put(name, new Entry(name, kind, size));
    }

    private Map<String, Entry> folder(String path) {
        Map<String, Entry> entries = folders.get(path);
        if (entries == null) {
            entries = new TreeMap<>();
            folders.put(path, entries);
            int slash = path.lastIndexOf('/');
            String parent = slash < 0 ? "" : path.substring(0, slash);
            String name = path.substring(slash + 1);
            folder(parent).put(name, new Entry(name, Kind.DIRECTORY, -1));
        }
        return entries;
    }

    public Path root() {
        return root;
    }

    private Optional<String> relative(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(p).toString().replace('\\', '/'));
    }

    @Override
    public Listing list(Path folder) {
        Optional<String> rel = relative(folder);
        if (rel.isEmpty()) {
            return new Listing(List.of(), Optional.empty());
        }
        Map<String, Entry> entries = folders.get(rel.get());
        return new Listing(entries == null ? List.of() : new ArrayList<>(entries.values()), Optional.empty());
    }

    @Override
    public Optional<Entry> entry(Path path) {
        Optional<String> rel = relative(path);
        if (rel.isEmpty()) {
            return Optional.empty();
        }
        if (rel.get().isEmpty()) {
            return Optional.of(new Entry("", Kind.DIRECTORY, -1));
        }
        String r = rel.get();
        int slash = r.lastIndexOf('/');
        Map<String, Entry> parent = folders.get(slash < 0 ? "" : r.substring(0, slash));
        return parent == null ? Optional.empty() : Optional.ofNullable(parent.get(r.substring(slash + 1)));
    }

    @Override
    public Optional<String> linkTarget(Path path) {
        return Optional.empty();
    }

    @Override
    public Optional<String> read(Path file, int maxChars) {
        Optional<Entry> e = entry(file);
        if (e.isEmpty() || e.get().kind() != Kind.FILE) {
            return Optional.empty();
        }
        return disk.read(file, maxChars);
    }
}
