package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk is bounded by entries and depth, never follows links, and reports what it cannot read. */
class ContextWalkTest {
    @TempDir
    Path tmp;

    /** A tree without end: every folder holds {@code width} files and {@code width} folders, forever. */
    private static class EndlessTree implements ContextTree {
        private final int width;
        int listings;

        EndlessTree(int width) {
            this.width = width;
        }

        @Override
        public Listing list(Path folder) {
            listings++;
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                entries.add(new Entry("d" + i, Kind.DIRECTORY, -1));
                entries.add(new Entry("f" + i + ".bin", Kind.FILE, 10));
            }
            return new Listing(entries, Optional.empty());
        }

        @Override
        public Optional<Entry> entry(Path path) {
            return Optional.of(new Entry(String.valueOf(path.getFileName()), Kind.DIRECTORY, -1));
        }

        @Override
        public Optional<String> linkTarget(Path path) {
            return Optional.empty();
        }

        @Override
        public Optional<String> read(Path file, int maxChars) {
            return Optional.empty();
        }
    }

    @Test
    void anEndlessTreeStopsAtTheEntryLimit() {
        EndlessTree tree = new EndlessTree(10);
        ContextFacts facts = new ContextWalk(tree, new WalkLimits(100_000, 1_000, 500)).walk(tmp, Optional.empty());
        assertThat(facts.visited()).isEqualTo(100_000);
        assertThat(facts.truncated()).isTrue();
        assertThat(facts.notable()).hasSize(500);
        assertThat(facts.notableTruncated()).isTrue();
        assertThat(facts.problems()).contains("stopped after 100000 entries");
        // Depth first: the listings made are about as many as the folders entered, never more than the entries.
        assertThat(tree.listings).isLessThanOrEqualTo(100_000);
    }

    @Test
    void aDeepTreeStopsAtTheDepthLimit() {
        EndlessTree tree = new EndlessTree(1);
        ContextFacts facts = new ContextWalk(tree, new WalkLimits(100_000, 20, 100)).walk(tmp, Optional.empty());
        assertThat(facts.truncated()).isFalse();
        // The root and 19 folders below it are entered (depth 0..19), two entries each.
        assertThat(facts.visited()).isEqualTo(2 * 20);
        assertThat(facts.files()).isEqualTo(20);
        assertThat(facts.problems()).singleElement().asString().contains("deeper than 20 folders");
    }

    @Test
    void hundredThousandFilesAreCountedWithBoundedNotableMemory() {
        // 100 folders of 1000 files, in memory: the walk visits every entry once.
        ContextTree tree = new ContextTree() {
            @Override
            public Listing list(Path folder) {
                List<Entry> entries = new ArrayList<>();
                if (folder.equals(tmp)) {
                    for (int i = 0; i < 100; i++) {
                        entries.add(new Entry(String.format("d%03d", i), Kind.DIRECTORY, -1));
                    }
                } else {
                    for (int i = 0; i < 1000; i++) {
                        entries.add(new Entry("w" + i + ".safetensors", Kind.FILE, 1000));
                    }
                }
                return new Listing(entries, Optional.empty());
            }

            @Override
            public Optional<Entry> entry(Path path) {
                return Optional.empty();
            }

            @Override
            public Optional<String> linkTarget(Path path) {
                return Optional.empty();
            }

            @Override
            public Optional<String> read(Path file, int maxChars) {
                return Optional.empty();
            }
        };
        ContextFacts facts = new ContextWalk(tree, WalkLimits.DEFAULT).walk(tmp, Optional.empty());
        assertThat(facts.visited()).isEqualTo(100_100);
        assertThat(facts.files()).isEqualTo(100_000);
        assertThat(facts.bytes()).isEqualTo(100_000_000L);
        assertThat(facts.notable()).hasSize(WalkLimits.DEFAULT.maxNotable());
        assertThat(facts.largest()).hasSize(20).first().satisfies(s -> assertThat(s.files()).isEqualTo(1000));
    }

    @Test
    void symlinkLoopsAreNeverFollowed() throws IOException {
        Files.createDirectories(tmp.resolve("a/b"));
        Files.writeString(tmp.resolve("a/b/model.pt"), "x");
        Files.createSymbolicLink(tmp.resolve("a/b/up"), tmp.resolve("a"));
        Files.createSymbolicLink(tmp.resolve("self"), tmp.resolve("self"));
        Files.createSymbolicLink(tmp.resolve("out"), Path.of("/"));
        ContextFacts facts = new ContextWalk(new DiskTree(), WalkLimits.DEFAULT).walk(tmp, Optional.empty());
        // a, a/b, a/b/model.pt, a/b/up, out, self: links are entries, sent as links, never entered.
        assertThat(facts.visited()).isEqualTo(6);
        assertThat(facts.files()).isEqualTo(4);
        assertThat(facts.notable()).extracting(ContextFacts.Notable::path).containsExactly("a/b/model.pt");
        assertThat(facts.problems()).isEmpty();
    }

    @Test
    void anUnreadableFolderIsAProblem() throws IOException {
        Path locked = tmp.resolve("locked");
        Files.createDirectories(locked.resolve("inner"));
        Files.writeString(tmp.resolve("ok.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean readable = Files.isReadable(locked);
            if (readable) {
                System.err.println("[skipped] running with privileges that read any folder: no unreadable folder");
            }
            Assumptions.assumeFalse(readable, "running with privileges that read any folder");
            ContextFacts facts = new ContextWalk(new DiskTree(), WalkLimits.DEFAULT).walk(tmp, Optional.empty());
            assertThat(facts.problems()).singleElement().asString().startsWith("locked: cannot read folder");
            assertThat(facts.files()).isEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnreadableFolderInAFakeTreeIsAProblem() {
        ContextTree tree = new EndlessTree(1) {
            @Override
            public Listing list(Path folder) {
                return folder.equals(tmp) ? super.list(folder) : Listing.failed("cannot read folder: AccessDeniedException");
            }
        };
        ContextFacts facts = new ContextWalk(tree, WalkLimits.DEFAULT).walk(tmp, Optional.empty());
        assertThat(facts.problems()).containsExactly("d0: cannot read folder: AccessDeniedException");
        assertThat(facts.visited()).isEqualTo(2);
    }

    @Test
    void excludedFoldersAreSkippedWholeWithoutExceptionsAndEnteredWithThem() throws IOException {
        Files.createDirectories(tmp.resolve("data/raw"));
        Files.writeString(tmp.resolve("data/raw/train.parquet"), "xxxx");
        Files.writeString(tmp.resolve("data/README.md"), "x");
        Files.writeString(tmp.resolve("app.py"), "x");
        ContextFacts skipped = walk("data\n");
        assertThat(skipped.visited()).isEqualTo(2);
        assertThat(skipped.files()).isEqualTo(1);
        ContextFacts entered = walk("data\n!data/README.md\n");
        assertThat(entered.files()).isEqualTo(2);
        assertThat(entered.notable()).isEmpty();
    }

    private ContextFacts walk(String ignore) {
        IgnoreFile file = new IgnoreFile(tmp.resolve(".dockerignore"), new SourceText(".dockerignore", ignore),
                DockerignoreFile.parse(".dockerignore", ignore));
        return new ContextWalk(new DiskTree(), WalkLimits.DEFAULT).walk(tmp, Optional.of(file));
    }
}
