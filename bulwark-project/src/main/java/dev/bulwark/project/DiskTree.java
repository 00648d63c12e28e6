package dev.bulwark.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The files on disk. Attributes are read without following links; errors become problems. */
public final class DiskTree implements ContextTree {
    private static final Comparator<Entry> BY_NAME = new ByName();
    // The largest array the JVM allocates.
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8;

    @Override
    public Listing list(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(List.of(), Optional.empty());
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path child : stream) {
                Path name = child.getFileName();
                if (name == null) {
                    continue;
                }
                entries.add(entryOf(child, name.toString()));
            }
        } catch (IOException | SecurityException e) {
            return Listing.failed("cannot read folder: " + e.getClass().getSimpleName());
        }
        entries.sort(BY_NAME);
        return new Listing(entries, Optional.empty());
    }

    @Override
    public Optional<Entry> entry(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path name = path.getFileName();
        return Optional.of(entryOf(path, name == null ? "" : name.toString()));
    }

    @Override
    public Optional<String> linkTarget(Path path) {
        try {
            return Optional.of(Files.readSymbolicLink(path).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> read(Path file, int maxChars) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // Bytes read natively and decoded by String's UTF-8 path: a Reader decoded char by char in
        // the interpreter, about 8 ms for a 60 KB README before the JIT starts. A character takes
        // at most three bytes (a pair of them four), so three bytes a character hold the limit;
        // malformed bytes become U+FFFD, as the Reader's REPLACE did.
        int limit = Math.max(0, maxChars);
        try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readNBytes((int) Math.min(MAX_BYTES, 3L * limit)), StandardCharsets.UTF_8);
            return Optional.of(text.length() > limit ? text.substring(0, limit) : text);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Entry entryOf(Path path, String name) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Kind kind = a.isSymbolicLink() ? Kind.SYMLINK : a.isDirectory() ? Kind.DIRECTORY
                    : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
            return new Entry(name, kind, kind == Kind.FILE ? a.size() : -1);
        } catch (IOException | SecurityException e) {
            return new Entry(name, Kind.OTHER, -1);
        }
    }

    private static final class ByName implements Comparator<Entry> {
        @Override
        public int compare(Entry a, Entry b) {
            return a.name().compareTo(b.name());
        }
    }
}
