package dev.bulwark.project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a context folder the way the context transfer does (spec 2.5): depth first in name
 * order, an excluded folder skipped whole when the ignore file has no {@code !} exception,
 * otherwise entered so an exception can bring files back. Symlinks are sent as links and never
 * followed, so the walk stays inside the context and cannot loop. It keeps only aggregates and a
 * bounded list of notable entries, so memory does not grow with the tree; it stops after
 * {@link WalkLimits#maxEntries()} entries and does not enter folders deeper than
 * {@link WalkLimits#maxDepth()}, saying so in the problems.
 */
public final class ContextWalk {
    private static final Comparator<ContextFacts.Sized> LARGEST_FIRST = new LargestFirst();
    private static final int TOP_LEVEL_KEPT = 10_000;

    private final ContextTree tree;
    private final WalkLimits limits;

    public ContextWalk(ContextTree tree, WalkLimits limits) {
        this.tree = tree;
        this.limits = limits;
    }

    private static final class Frame {
        final Path folder;
        final String rel;
        final int depth;
        final int notable;
        final List<ContextTree.Entry> entries;
        int next;

        Frame(Path folder, String rel, int depth, int notable, List<ContextTree.Entry> entries) {
            this.folder = folder;
            this.rel = rel;
            this.depth = depth;
            this.notable = notable;
            this.entries = entries;
        }
    }

    // A notable entry while its size is summed.
    private static final class Open {
        final String path;
        final FileKind kind;
        final boolean folder;
        long bytes;
        long files;
        boolean sizeKnown = true;

        Open(String path, FileKind kind, boolean folder) {
            this.path = path;
            this.kind = kind;
            this.folder = folder;
        }
    }

    public ContextFacts walk(Path context, Optional<IgnoreFile> ignore) {
        Path root = context.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        ContextTree.Listing top = tree.list(root);
        if (top.problem().isPresent()) {
            problems.add(".: " + top.problem().get());
        }
        boolean exceptions = ignore.isPresent() && ignore.get().patterns().hasExceptions();
        Map<String, ContextFacts.Sized> topSizes = new LinkedHashMap<>();
        List<Open> notable = new ArrayList<>();
        boolean notableTruncated = false;
        long files = 0;
        long bytes = 0;
        long unknown = 0;
        long visited = 0;
        boolean truncated = false;
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, "", 0, -1, top.entries()));
        walking:
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next >= frame.entries.size()) {
                stack.pop();
                continue;
            }
            ContextTree.Entry e = frame.entries.get(frame.next++);
            if (visited >= limits.maxEntries()) {
                truncated = true;
                problems.add("stopped after " + limits.maxEntries() + " entries");
                break walking;
            }
            visited++;
            String rel = frame.rel.isEmpty() ? e.name() : frame.rel + "/" + e.name();
            boolean excluded = ignore.isPresent() && ignore.get().patterns().excludes(rel);
            if (e.kind() == ContextTree.Kind.DIRECTORY) {
                if (excluded && !exceptions) {
                    continue;
                }
                if (frame.depth + 1 >= limits.maxDepth()) {
                    problems.add(rel + ": deeper than " + limits.maxDepth() + " folders, not entered");
                    continue;
                }
                Path folder = frame.folder.resolve(e.name());
                ContextTree.Listing listing = tree.list(folder);
                if (listing.problem().isPresent()) {
                    problems.add(rel + ": " + listing.problem().get());
                }
                int notableIndex = frame.notable;
                if (notableIndex < 0 && !excluded) {
                    FileKind kind = FileKind.ofFolder(e.name());
                    if (kind == FileKind.OTHER && holdsPyvenvCfg(listing.entries())) {
                        kind = FileKind.VIRTUALENV;
                    }
                    if (kind != FileKind.OTHER) {
                        if (notable.size() < limits.maxNotable()) {
                            notable.add(new Open(rel, kind, true));
                            notableIndex = notable.size() - 1;
                        } else {
                            notableTruncated = true;
                        }
                    }
                }
                stack.push(new Frame(folder, rel, frame.depth + 1, notableIndex, listing.entries()));
                continue;
            }
            if (excluded) {
                continue;
            }
            long size = e.kind() == ContextTree.Kind.FILE ? e.size() : 0;
            boolean known = size >= 0;
            if (!known) {
                size = 0;
                unknown++;
            }
            files++;
            bytes += size;
            String first = topName(rel);
            ContextFacts.Sized t = topSizes.get(first);
            if (t == null && topSizes.size() < TOP_LEVEL_KEPT) {
                topSizes.put(first, new ContextFacts.Sized(first, rel.indexOf('/') >= 0, size, 1));
            } else if (t != null) {
                topSizes.put(first, new ContextFacts.Sized(first, t.folder(), t.bytes() + size, t.files() + 1));
            }
            if (frame.notable >= 0) {
                Open o = notable.get(frame.notable);
                o.bytes += size;
                o.files++;
                o.sizeKnown &= known;
            } else if (e.kind() == ContextTree.Kind.FILE) {
                FileKind kind = FileKind.ofFile(rel, e.name());
                if (kind != FileKind.OTHER) {
                    if (notable.size() < limits.maxNotable()) {
                        Open o = new Open(rel, kind, false);
                        o.bytes = size;
                        o.files = 1;
                        o.sizeKnown = known;
                        notable.add(o);
                    } else {
                        notableTruncated = true;
                    }
                }
            }
        }
        List<ContextFacts.Sized> largest = new ArrayList<>(topSizes.values());
        largest.sort(LARGEST_FIRST);
        List<ContextFacts.Notable> found = new ArrayList<>(notable.size());
        for (Open o : notable) {
            found.add(new ContextFacts.Notable(o.path, o.kind, o.folder, o.bytes, o.files, o.sizeKnown));
        }
        return new ContextFacts(root, ignore, files, bytes, unknown, largest.subList(0, Math.min(20, largest.size())),
                found, notableTruncated, top.entries(), visited, truncated, problems);
    }

    private static boolean holdsPyvenvCfg(List<ContextTree.Entry> entries) {
        for (ContextTree.Entry e : entries) {
            if (e.name().equals("pyvenv.cfg") && e.kind() == ContextTree.Kind.FILE) {
                return true;
            }
        }
        return false;
    }

    private static String topName(String rel) {
        int slash = rel.indexOf('/');
        return slash < 0 ? rel : rel.substring(0, slash);
    }

    private static final class LargestFirst implements Comparator<ContextFacts.Sized> {
        @Override
        public int compare(ContextFacts.Sized a, ContextFacts.Sized b) {
            int c = Long.compare(b.bytes(), a.bytes());
            return c != 0 ? c : a.path().compareTo(b.path());
        }
    }
}
