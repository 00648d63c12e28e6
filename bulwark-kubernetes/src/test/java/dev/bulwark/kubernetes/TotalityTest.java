package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading is total: truncated and mutated corpus manifests give files and problems, never an
 * exception, and every problem span lies in its text. Deterministic (fixed seed).
 */
class TotalityTest {
    private static final String[] INSERTS = {" ", "-", ":", "[", "{", "'", "\"", "\n", "\n  - ", "&a ", "*a", "!!int ",
        "\t", "0x", "${X}", "{{ .Values.x }}", "~"};

    @Test
    void truncatedAndMutatedManifestsReadWithoutExceptions() throws IOException {
        Path shared = SharedCorpus.sharedOrSkip();
        Random random = new Random(7);
        YamlParser parser = new YamlParser();
        int variants = 0;
        for (SharedCorpus.Entry e : SharedCorpus.corpusManifests(shared)) {
            String text = Files.readString(e.path(), StandardCharsets.UTF_8);
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                texts.add(text.substring(0, text.length() * i / 5));
            }
            for (int i = 0; i < 4; i++) {
                int at = text.isEmpty() ? 0 : random.nextInt(text.length());
                int cut = Math.min(text.length(), at + random.nextInt(3));
                texts.add(text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(cut));
            }
            List<ManifestFile> files = new ArrayList<>();
            for (String t : texts) {
                YamlFile yaml = parser.parse(new SourceText(e.display(), t));
                ManifestFile f = ManifestFile.read(yaml, Optional.empty());
                for (ManifestProblem p : f.problems()) {
                    assertThat(p.span().range().end()).isLessThanOrEqualTo(t.length());
                }
                for (PodTemplate template : f.podTemplates()) {
                    for (Container c : template.allContainers()) {
                        assertThat(c.locator().range().end()).isLessThanOrEqualTo(t.length());
                        c.securityContext();
                        c.resources().accelerator();
                    }
                }
                ManifestClassifier.classify("x.yaml", yaml);
                HelmTemplates.hasTemplateActions(t);
                files.add(f);
                variants++;
            }
            ManifestSet set = ManifestSet.of(files);
            for (String ns : set.namespaces()) {
                set.anchorFor(ns);
            }
        }
        assertThat(variants).isEqualTo(124 * 8);
    }
}
