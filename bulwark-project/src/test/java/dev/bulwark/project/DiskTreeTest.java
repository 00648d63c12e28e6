package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskTreeTest {

    @Test
    void readsTheWholeTextOfSmallAndLargeFilesUpToTheLimit(@TempDir Path dir) throws Exception {
        String large = "é".repeat(30_000) + "end";
        Files.writeString(dir.resolve("small"), "node_modules\n");
        Files.writeString(dir.resolve("large"), large);
        DiskTree tree = new DiskTree();
        assertThat(tree.read(dir.resolve("small"), 1 << 20)).contains("node_modules\n");
        assertThat(tree.read(dir.resolve("large"), 1 << 20)).contains(large);
        assertThat(tree.read(dir.resolve("large"), 20_000)).contains(large.substring(0, 20_000));
        assertThat(tree.read(dir.resolve("large"), 0)).contains("");
        assertThat(tree.read(dir.resolve("missing"), 10)).isEmpty();
    }
}
