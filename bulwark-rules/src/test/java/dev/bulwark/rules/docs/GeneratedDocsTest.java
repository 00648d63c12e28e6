package dev.bulwark.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/rules/} is generated; it must equal what the generator produces from the sources now.
 * With {@code -Dbulwark.writeDocs=true} the test first rewrites the folder: a reactor build from a
 * clean clone can regenerate the docs without installing anything ({@link RuleDocsGenerator#REGENERATE_COMMAND}).
 */
class GeneratedDocsTest {

    static Path projectRoot() {
        String root = System.getProperty("bulwark.root");
        return root != null && !root.isBlank() ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    @Test
    void docsFolderIsUpToDate() throws IOException {
        Path dir = projectRoot().resolve("docs/rules");
        if (Boolean.getBoolean("bulwark.writeDocs")) {
            new RuleDocsGenerator(BuiltinRules.all()).writeTo(dir);
        }
        SortedMap<String, String> expected = new RuleDocsGenerator(BuiltinRules.all()).generate();
        SortedMap<String, String> actual = read(dir);
        String hint = "docs/rules is stale: run `" + RuleDocsGenerator.REGENERATE_COMMAND
                + "` from the project root to regenerate";
        assertThat(actual.keySet()).as(hint).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(actual.get(e.getKey())).as(hint + " (" + e.getKey() + " differs)").isEqualTo(e.getValue());
        }
    }

    @Test
    void generatorWritesEveryPageAndRemovesStaleOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("DF999-removed-rule.md"), "old");
        Files.writeString(dir.resolve("notes.txt"), "kept");
        RuleDocsGenerator generator = new RuleDocsGenerator(BuiltinRules.all());
        generator.writeTo(dir);
        assertThat(read(dir)).isEqualTo(generator.generate());
        assertThat(dir.resolve("notes.txt")).exists();
        assertThat(generator.generate()).containsKeys("README.md", "hadolint.md", "DF003-latest-tag.md",
                "BW001-unreadable-file.md");
    }

    @Test
    void indexAndHadolintMapLinkEveryPage() {
        SortedMap<String, String> files = new RuleDocsGenerator(BuiltinRules.all()).generate();
        String index = files.get("README.md");
        for (String name : files.keySet()) {
            if (!name.equals("README.md") && !name.equals("hadolint.md")) {
                assertThat(index).contains("](" + name + ")");
            }
        }
        assertThat(files.get("hadolint.md")).contains("| `DL3007` | [DF003 `latest-tag`](DF003-latest-tag.md) |");
    }

    private static SortedMap<String, String> read(Path dir) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path p : listing.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
