package dev.bulwark.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses the shell text of every RUN instruction of the corpus Dockerfiles. The extraction is a
 * crude line-based one (spec 1.4 continuations, 1.5 leading flags, 1.7 heredoc bodies), good enough
 * to feed the parser real scripts.
 */
class CorpusRunScriptsTest {

    static Path shared() {
        String configured = System.getProperty("bulwark.shared");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("bulwark.root", "."), "..", "shared").normalize();
    }

    record Script(String file, int line, String text) {
    }

    static List<Script> runScripts() throws IOException {
        Path corpus = shared().resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            String skipped = shared() + " not present: skipping the corpus RUN scripts test";
            // Printed as well: surefire shows only the count of skipped tests, not their reason.
            System.err.println("[skipped] " + skipped);
            Assumptions.abort(skipped);
        }
        List<Script> scripts = new ArrayList<>();
        for (String row : Files.readAllLines(corpus.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = row.split("\t");
            if (cols.length >= 6 && cols[3].equals("dockerfile")) {
                Path file = corpus.resolve(cols[5]);
                extract(cols[5], Files.readString(file, StandardCharsets.UTF_8), scripts);
            }
        }
        return scripts;
    }

    static void extract(String name, String content, List<Script> out) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (!trimmed.toUpperCase(Locale.ROOT).startsWith("RUN ")) {
                continue;
            }
            int first = i;
            StringBuilder text = new StringBuilder(trimmed.substring(4));
            while (endsWithContinuation(text) && i + 1 < lines.length) {
                text.setLength(text.toString().stripTrailing().length() - 1);
                i++;
                String next = lines[i];
                if (next.isBlank() || next.stripLeading().startsWith("#")) {
                    // spec 1.4: comment and blank lines inside a continuation are dropped.
                    text.append("\\");
                    continue;
                }
                text.append(next);
            }
            String script = stripFlags(text.toString().strip());
            if (script.startsWith("[")) {
                continue;
            }
            String delimiter = heredocDelimiter(script);
            if (!delimiter.isEmpty()) {
                StringBuilder withBodies = new StringBuilder(script);
                while (i + 1 < lines.length) {
                    i++;
                    withBodies.append('\n').append(lines[i]);
                    if (lines[i].strip().equals(delimiter)) {
                        break;
                    }
                }
                script = withBodies.append('\n').toString();
            }
            out.add(new Script(name, first + 1, script));
        }
    }

    private static boolean endsWithContinuation(CharSequence text) {
        String t = text.toString().stripTrailing();
        return t.endsWith("\\") && !t.endsWith("\\\\");
    }

    private static String stripFlags(String text) {
        String rest = text;
        while (rest.startsWith("--")) {
            int space = rest.indexOf(' ');
            if (space < 0) {
                return "";
            }
            rest = rest.substring(space + 1).stripLeading();
        }
        return rest;
    }

    /** The delimiter of the last heredoc on the line ("" for none): a crude spec 1.7 detection. */
    private static String heredocDelimiter(String line) {
        int at = line.lastIndexOf("<<");
        if (at < 0 || line.startsWith("<", at + 2)) {
            return "";
        }
        int i = at + 2;
        if (i < line.length() && line.charAt(i) == '-') {
            i++;
        }
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        StringBuilder d = new StringBuilder();
        while (i < line.length() && " ;&|<>)".indexOf(line.charAt(i)) < 0) {
            char c = line.charAt(i++);
            if (c != '\'' && c != '"') {
                d.append(c);
            }
        }
        return d.toString();
    }

    @Test
    void everyRunScriptParses() throws IOException {
        List<Script> scripts = runScripts();
        assertThat(scripts).hasSizeGreaterThan(1000);
        int withProblems = 0;
        int commands = 0;
        List<String> samples = new ArrayList<>();
        for (Script s : scripts) {
            ShellScript parsed = ShellParser.parse(s.text());
            commands += parsed.commands().size();
            if (parsed.hasProblems()) {
                withProblems++;
                if (samples.size() < 15) {
                    samples.add(s.file() + ":" + s.line() + ": " + parsed.problems().get(0).message() + " in: "
                            + abbreviate(s.text()));
                }
            }
        }
        System.out.printf("[corpus] %d RUN scripts, %d simple commands, %d scripts with problems%n", scripts.size(),
                commands, withProblems);
        samples.forEach(x -> System.out.println("[corpus]   " + x));
        assertThat(commands).isGreaterThan(scripts.size());
    }

    @Test
    void parsingTheCorpusIsFast() throws IOException {
        List<Script> scripts = runScripts();
        long chars = scripts.stream().mapToLong(s -> s.text().length()).sum();
        int sink = 0;
        for (int warmup = 0; warmup < 15; warmup++) {
            for (Script s : scripts) {
                sink += ShellParser.parse(s.text()).commands().size();
            }
        }
        int rounds = 10;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Script s : scripts) {
                sink += ShellParser.parse(s.text()).commands().size();
            }
        }
        double millis = (System.nanoTime() - start) / 1e6 / rounds;
        // Measured and printed only: the machine is shared, so no timing assertion.
        System.out.printf("[corpus] parsing %d RUN scripts (%d chars) takes %.1f ms per pass (sink %d)%n",
                scripts.size(), chars, millis, sink);
        assertThat(sink).isPositive();
    }

    private static String abbreviate(String text) {
        String one = text.replace("\n", "\\n");
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}
