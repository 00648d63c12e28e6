package dev.bulwark.bench;

import dev.bulwark.compose.ComposeInput;
import dev.bulwark.compose.ComposeLoader;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.PlainFileReader;
import dev.bulwark.core.SourceText;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Throughput of the Compose model over the corpus Compose files ({@code SOURCES.tsv} kind
 * {@code compose}), held in memory, each loaded as a project of its own: YAML parsing alone, and
 * parsing plus the whole load (interpolation, include and extends with their file reads, merge,
 * schema validation, canonical views). One operation is one pass over every file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComposeCorpusBenchmark {
    private final List<Path> paths = new ArrayList<>();
    private final List<SourceText> sources = new ArrayList<>();
    private ComposeLoader loader;

    @Setup
    public void setUp() throws IOException {
        Path shared = CorpusDockerfiles.shared();
        Path corpus = shared.resolve("corpus");
        for (String line : Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 6 && cols[3].equals("compose")) {
                Path file = corpus.resolve(cols[5]);
                paths.add(file);
                sources.add(new SourceText(cols[5], Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        loader = new ComposeLoader(new PlainFileReader(shared, 4 << 20));
        System.out.println("corpus Compose files: " + sources.size());
    }

    @Benchmark
    public void parse(Blackhole sink) {
        YamlParser parser = new YamlParser();
        for (SourceText source : sources) {
            sink.consume(parser.parse(source));
        }
    }

    @Benchmark
    public void load(Blackhole sink) {
        YamlParser parser = new YamlParser();
        for (int i = 0; i < sources.size(); i++) {
            SourceText source = sources.get(i);
            ComposeInput input = new ComposeInput(Optional.of(paths.get(i)), source, parser.parse(source));
            ComposeProject project = loader.load(List.of(input));
            sink.consume(project);
        }
    }
}
