package dev.bulwark.bench;

import dev.bulwark.core.SourceText;
import dev.bulwark.kubernetes.HelmTemplates;
import dev.bulwark.kubernetes.ManifestClassifier;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Kubernetes model over every manifest of the shared projects ({@code FILES.tsv} category
 * {@code k8s}, in their real layout), held in memory: the Helm template predicate on every file,
 * YAML parsing of the rest, and the model alone (objects, pod templates, problems per file, then
 * one {@link ManifestSet} per repository) over files parsed at setup. One operation is one pass
 * over all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KubernetesBenchmark {
    private final List<Path> paths = new ArrayList<>();
    private final List<SourceText> texts = new ArrayList<>();
    private final List<SourceText> yamlTexts = new ArrayList<>();
    private final Map<String, List<Manifest>> manifestsByRepo = new LinkedHashMap<>();

    /** A parsed manifest and its real path. */
    private static final class Manifest {
        final YamlFile yaml;
        final Path path;

        Manifest(YamlFile yaml, Path path) {
            this.yaml = yaml;
            this.path = path;
        }
    }

    @Setup
    public void setUp() throws IOException {
        Path projects = CorpusDockerfiles.shared().resolve("projects");
        Path files = projects.resolve("FILES.tsv");
        if (!Files.isRegularFile(files)) {
            throw new IllegalStateException(files + " not present: the benchmark needs the shared projects"
                    + " (set -Dbulwark.shared=DIR)");
        }
        YamlParser parser = new YamlParser();
        int objects = 0;
        for (String line : Files.readAllLines(files, StandardCharsets.UTF_8)) {
            // Columns: repo, path, category, bytes.
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[2].equals("k8s")) {
                continue;
            }
            Path path = projects.resolve(cols[0].replace("/", "__")).resolve(cols[1]);
            SourceText text = new SourceText(cols[0] + "/" + cols[1], Files.readString(path, StandardCharsets.UTF_8));
            paths.add(path);
            texts.add(text);
            if (HelmTemplates.skipReason(Optional.of(path), text.text()).isPresent()) {
                continue;
            }
            yamlTexts.add(text);
            YamlFile yaml = parser.parse(text);
            if (ManifestClassifier.classify(path.getFileName().toString(), yaml) != ManifestClassifier.Kind.NONE) {
                manifestsByRepo.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(new Manifest(yaml, path));
                objects += ManifestFile.read(yaml, Optional.of(path)).objects().size();
            }
        }
        int manifests = 0;
        for (List<Manifest> m : manifestsByRepo.values()) {
            manifests += m.size();
        }
        System.out.println("project k8s files: " + texts.size() + ", YAML: " + yamlTexts.size() + ", manifests: "
                + manifests + ", objects: " + objects);
    }

    @Benchmark
    public void helmPredicate(Blackhole sink) {
        for (int i = 0; i < texts.size(); i++) {
            sink.consume(HelmTemplates.skipReason(Optional.of(paths.get(i)), texts.get(i).text()));
        }
    }

    @Benchmark
    public void parseYaml(Blackhole sink) {
        YamlParser parser = new YamlParser();
        for (SourceText text : yamlTexts) {
            sink.consume(parser.parse(text));
        }
    }

    @Benchmark
    public void model(Blackhole sink) {
        for (List<Manifest> repo : manifestsByRepo.values()) {
            List<ManifestFile> files = new ArrayList<>(repo.size());
            for (Manifest m : repo) {
                files.add(ManifestFile.read(m.yaml, Optional.of(m.path)));
            }
            sink.consume(ManifestSet.of(files));
        }
    }
}
