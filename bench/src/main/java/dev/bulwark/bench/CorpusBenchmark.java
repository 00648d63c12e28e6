package dev.bulwark.bench;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.rules.BuiltinRules;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Throughput of the whole corpus of Dockerfiles, held in memory: parsing alone, and the full
 * audit (parse, model, every default rule, suppressions) on one thread. One operation is one pass
 * over every corpus Dockerfile; divide the per-operation time by the file count (printed at setup)
 * for the cost of one file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {
    private List<SourceText> sources;
    private List<Input> inputs;
    private Auditor auditor;
    private Settings settings;

    @Setup
    public void setUp() throws IOException {
        sources = CorpusDockerfiles.load();
        inputs = sources.stream().map(s -> Input.text(s.path(), s.text())).collect(Collectors.toList());
        auditor = new Auditor(BuiltinRules.all(), 1);
        settings = Settings.defaults();
        System.out.println("corpus Dockerfiles: " + sources.size());
    }

    @Benchmark
    public void parse(Blackhole sink) {
        for (SourceText source : sources) {
            sink.consume(DockerfileParser.parse(source));
        }
    }

    @Benchmark
    public AuditResult audit() {
        return auditor.audit(inputs, settings);
    }
}
