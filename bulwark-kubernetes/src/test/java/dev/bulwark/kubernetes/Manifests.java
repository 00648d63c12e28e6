package dev.bulwark.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helpers: read inline YAML, pick objects, show problems. */
final class Manifests {

    private Manifests() {
    }

    static ManifestFile read(String yaml) {
        return read("m.yaml", yaml, Optional.empty());
    }

    static ManifestFile read(String name, String yaml, Optional<Path> path) {
        YamlFile file = new YamlParser().parse(new SourceText(name, yaml));
        assertThat(file.problems()).as("YAML of the test input").isEmpty();
        return ManifestFile.read(file, path);
    }

    /** The file's only object. */
    static KubeObject object(String yaml) {
        ManifestFile f = read(yaml);
        assertThat(f.objects()).hasSize(1);
        return f.objects().get(0);
    }

    /** The only pod template of the file's only object. */
    static PodTemplate template(String yaml) {
        KubeObject o = object(yaml);
        assertThat(o.podTemplates()).hasSize(1);
        return o.podTemplates().get(0);
    }

    /** "line:column text" of a span, for readable assertions. */
    static String at(Span span) {
        return span.location().line() + ":" + span.location().column() + " " + span.text();
    }

    /** Problems as "line:column message". */
    static List<String> problems(ManifestFile f) {
        List<String> out = new ArrayList<>();
        for (ManifestProblem p : f.problems()) {
            out.add(p.toString());
        }
        return out;
    }

    static List<String> names(List<Container> containers) {
        List<String> out = new ArrayList<>();
        for (Container c : containers) {
            out.add(c.nameText());
        }
        return out;
    }

    static List<String> roles(KubeObject o) {
        List<String> out = new ArrayList<>();
        for (PodTemplate t : o.podTemplates()) {
            out.add(t.role());
        }
        return out;
    }
}
