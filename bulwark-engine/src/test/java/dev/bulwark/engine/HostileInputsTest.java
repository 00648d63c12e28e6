package dev.bulwark.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.engine.config.ConfigException;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import dev.bulwark.rules.Rule;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs through the real {@link Auditor} with every built-in rule (issue 9, "Hostile
 * inputs"): each ends as findings with a file and a line, never a crash ({@code BW002}), and the
 * work it causes is bounded, which these tests check on the result (bytes read, findings, parse
 * depth), never on the clock. {@code bench/hostile.sh} runs the same inputs through the command
 * line and measures time and memory (bench/README.md, "Hostile inputs").
 */
class HostileInputsTest {
    private static final List<Rule> RULES = BuiltinRules.all();
    private static final int MIB = 1024 * 1024;
    private final Auditor auditor = new Auditor(RULES, 1);

    @TempDir
    Path tmp;

    private AuditResult audit(Input input) {
        AuditResult result = auditor.audit(List.of(input), Settings.defaults());
        assertThat(result.internalError()).as("a rule or the parser crashed").isFalse();
        assertThat(result.findings()).extracting(f -> f.rule().code()).doesNotContain("BW002");
        for (Finding f : result.findings()) {
            assertThat(f.path()).isEqualTo(input.path());
            assertThat(f.location().line()).isPositive();
        }
        return result;
    }

    private AuditResult auditText(String text) {
        AuditResult result = audit(Input.text("Dockerfile", text));
        assertThat(result.filesChecked()).isEqualTo(1);
        return result;
    }

    private static Finding only(AuditResult result, String code) {
        List<Finding> matching = result.findings().stream().filter(f -> f.rule().code().equals(code)).toList();
        assertThat(matching).as(code).hasSize(1);
        return matching.get(0);
    }

    @Test
    void aHundredMegabyteFileIsRefusedBySizeWithoutBeingRead() throws IOException {
        Path big = tmp.resolve("Dockerfile");
        Files.writeString(big, "FROM python:3.12\n");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * MIB);
        }
        AuditResult result = audit(Input.file("Dockerfile", big));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule().code()).isEqualTo("BW001");
            assertThat(f.message()).isEqualTo("larger than the 4 MiB limit");
            assertThat(f.location().line()).isEqualTo(1);
        });
        assertThat(result.filesUnreadable()).isEqualTo(1);
    }

    @Test
    void aHundredMegabyteStreamIsReadOnlyToTheLimit() {
        CountingStream stream = new CountingStream(100L * MIB);
        AuditResult result = audit(new Input.StreamInput("-", stream));
        assertThat(only(result, "BW001").message()).isEqualTo("larger than the 4 MiB limit");
        assertThat(stream.read).isEqualTo(InputReader.DEFAULT_MAX_BYTES + 1L);
    }

    @Test
    void aTenThousandLineRunIsOneInstructionWithFindingsPerCommand() {
        String text = "FROM python:3.12\nUSER app\nRUN " + "pip install torch && \\\n".repeat(10_000) + "true\n";
        AuditResult result = auditText(text);
        // Each of the 10,000 installs is its own culprit (no --no-cache-dir, no version): one
        // finding of each a line, and only a few about the file as a whole.
        assertThat(result.findings()).filteredOn(f -> f.rule().code().equals("DF014")).hasSize(10_000);
        assertThat(result.findings()).filteredOn(f -> f.rule().code().equals("DF067")).hasSize(10_000);
        assertThat(result.findings()).hasSizeLessThan(2 * 10_000 + 5);
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.location().line()).isBetween(1, 10_003));
        Instruction run = DockerfileParser.parse(new SourceText("Dockerfile", text)).instructions().get(2);
        assertThat(run.startLine()).isEqualTo(3);
        assertThat(run.endLine()).isEqualTo(10_003);
    }

    @Test
    void aThousandChainedStagesAreAudited() {
        StringBuilder b = new StringBuilder("FROM python:3.12 AS s0\nRUN pip install torch\n");
        for (int i = 1; i < 1000; i++) {
            b.append("FROM s").append(i - 1).append(" AS s").append(i).append("\nRUN echo ").append(i).append('\n');
        }
        // A service, so that the root-user rule judges the shipped image.
        b.append("CMD [\"python\", \"serve.py\"]\n");
        AuditResult result = auditText(b.toString());
        assertThat(result.findings()).hasSizeLessThan(20);
        // The image that ships is the last stage, on line 1,999.
        assertThat(only(result, "DF006").location().line()).isEqualTo(1999);
        assertThat(only(result, "DF067").location().line()).isEqualTo(2);
    }

    @Test
    void shellNestedAThousandLevelsDeepStopsAtTheDepthLimit() {
        for (String script : List.of("echo " + "$(echo ".repeat(1000) + "x" + ")".repeat(1000),
                // Blank-separated: "((" would open an arithmetic command instead.
                "( ".repeat(1000) + "true" + " )".repeat(1000),
                "echo " + "${A:-".repeat(1000) + "x" + "}".repeat(1000),
                "if true; then ".repeat(1000) + "true" + "; fi".repeat(1000))) {
            String text = "FROM python:3.12\nUSER app\nRUN " + script + "\n";
            AuditResult result = auditText(text);
            assertThat(result.findings()).hasSizeLessThan(10);
            // Shell syntax is not a Dockerfile finding (Docker accepts it; sh fails at build
            // time): the parser records where it stopped, on the RUN's line.
            DockerfileModel model = DockerfileModel.of(DockerfileParser.parse(new SourceText("Dockerfile", text)));
            ShellScript parsed = model.script(model.file().instructions().get(2)).orElseThrow();
            assertThat(parsed.problems()).as(script.substring(0, 20)).extracting(SyntaxProblem::message)
                    .contains("nesting too deep");
            for (SyntaxProblem p : parsed.problems()) {
                assertThat(new SourceText("Dockerfile", text).lines().line(p.range().start())).isEqualTo(3);
            }
        }
    }

    @Test
    void invalidUtf8AndNulBytesAreFindingsAtTheirLine() throws IOException {
        Path latin1 = tmp.resolve("latin1.Dockerfile");
        Files.write(latin1, "FROM python:3.12\n# caf\u00e9\nUSER app\n".getBytes(StandardCharsets.ISO_8859_1));
        Finding utf8 = only(audit(Input.file("latin1.Dockerfile", latin1)), "BW001");
        assertThat(utf8.message()).isEqualTo("not valid UTF-8");
        assertThat(utf8.location().line()).isEqualTo(2);

        Path binary = tmp.resolve("nul.Dockerfile");
        Files.write(binary, "FROM python:3.12\nUSER app\nRUN echo a\0b\n".getBytes(StandardCharsets.UTF_8));
        Finding nul = only(audit(Input.file("nul.Dockerfile", binary)), "BW001");
        assertThat(nul.message()).isEqualTo("binary file (NUL byte at offset 36)");
        assertThat(nul.location().line()).isEqualTo(3);

        // Text handed over in memory skips the reader: the parser takes the NUL as text.
        AuditResult inMemory = auditText("FROM python:3.12\nUSER app\nRUN echo a\0b\n");
        assertThat(inMemory.findings()).extracting(f -> f.rule().code()).doesNotContain("BW001", "DF001");
    }

    @Test
    void crlfAndLoneCrLineEndings() {
        // CRLF ends lines like LF: the latest tag is on line 3.
        AuditResult crlf = auditText("FROM python:3.12\r\nUSER app\r\nFROM python:latest\r\n");
        assertThat(only(crlf, "DF003").location().line()).isEqualTo(3);
        // BuildKit splits lines on LF only, so a lone CR is blank space inside one line: the
        // whole file is one FROM with five words, which Docker rejects.
        AuditResult cr = auditText("FROM python:3.12\rUSER app\rFROM python:latest\r");
        Finding syntax = only(cr, "DF001");
        assertThat(syntax.message()).isEqualTo("FROM requires either one or three arguments");
        assertThat(syntax.location().line()).isEqualTo(1);
    }

    @Test
    void yamlAliasBombsAreRefused() throws IOException {
        // Each level lists the previous one 8 times: 48 collection aliases, which the loader's
        // alias limit (50) allows, expanding to more than 8^6 = 262,144 nodes.
        YamlFile wide = new YamlParser().parse(new SourceText("wide.yaml", aliasBomb(7, 8)));
        assertThat(wide.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("document expands to more than 100000 nodes through aliases");
            assertThat(p.range().start()).isZero();
        });
        // 10 levels of 10: 90 collection aliases, refused by the loader itself.
        String billion = aliasBomb(10, 10);
        YamlFile laughs = new YamlParser().parse(new SourceText("laughs.yaml", billion));
        assertThat(laughs.problems()).extracting(SyntaxProblem::message)
                .containsExactly("Number of aliases for non-scalar nodes exceeds the specified max=50");
        // At the 51st alias: lines 2 to 6 hold 50, so the first alias of line 7 (`l6: &l6 [*l5`).
        int seventhLine = billion.indexOf("l6:");
        assertThat(laughs.problems().get(0).range().start()).isEqualTo(seventhLine + "l6: &l6 [".length());
        // The one YAML file the engine reads today is its configuration: a usage error with
        // file, line and column (the command line exits with 2).
        Path config = tmp.resolve(".bulwark.yaml");
        Files.writeString(config, billion);
        assertThatThrownBy(() -> new ConfigLoader(RULES).load(config, ".bulwark.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".bulwark.yaml:7:10: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=50");
    }

    @Test
    void yamlNestedTenThousandLevelsDeepIsAProblemNotAStackOverflow() throws IOException {
        for (String text : List.of("[".repeat(10_000) + "]".repeat(10_000), "{a: ".repeat(10_000) + "}".repeat(10_000),
                "select:\n" + "- ".repeat(10_000) + "x\n")) {
            YamlFile deep = new YamlParser().parse(new SourceText("deep.yaml", text));
            assertThat(deep.problems()).extracting(SyntaxProblem::message)
                    .containsExactly("nesting too deep (more than 1000 levels)");
            // At the collection opened 1,001 levels deep (each level is one to four characters);
            // under `select:` the root mapping is the first level, so the 1,000th `- `.
            int deepest = text.startsWith("[") ? 1000 : text.startsWith("{") ? 4000 : "select:\n".length() + 999 * 2;
            assertThat(deep.problems().get(0).range().start()).isEqualTo(deepest);
        }
        Path config = tmp.resolve(".bulwark.yaml");
        Files.writeString(config, "select: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertThatThrownBy(() -> new ConfigLoader(RULES).load(config, ".bulwark.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".bulwark.yaml:1:1008: invalid YAML: nesting too deep (more than 1000 levels)");
    }

    /** {@code levels} anchored lists, each naming the previous one {@code width} times. */
    private static String aliasBomb(int levels, int width) {
        StringBuilder b = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i < levels; i++) {
            b.append('l').append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < width; j++) {
                b.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            b.append("]\n");
        }
        return b.toString();
    }

    /** 'a' bytes, as many as asked, counting what is read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
