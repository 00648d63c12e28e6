package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bulwark check} runs no lambda or method reference of ours and no record-generated
 * {@code equals}, {@code hashCode} or {@code toString}. On a cold JVM each such call site is
 * linked through {@code java.lang.invoke} the first time it runs: about 0.16 ms for a lambda
 * (an anonymous class about 0.07 ms, a plain loop next to nothing), and the first record method
 * several milliseconds; 150 lambdas and two record methods were a third of a one-file check
 * (bench/README.md, "Start-up"). Not a timing test: it runs the command line in a fresh JVM over
 * every rule fixture, with every rule and each output format, and lists the classes the JVM
 * loaded for those call sites.
 */
class ColdStartLinkageTest {

    @TempDir
    Path dir;

    private static Path root() {
        return Path.of(System.getProperty("bulwark.root", "..")).toAbsolutePath().normalize();
    }

    /** The classes a fresh JVM loads for {@code bulwark ARGS}, which must exit 0 or 1 (findings). */
    private List<String> loadedBy(List<String> args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the check finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("console"))).isBetween(0, 1);
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            int start = line.indexOf("] ") + 2;
            int end = line.indexOf(' ', start);
            loaded.add(end < 0 ? line.substring(start) : line.substring(start, end));
        }
        return loaded;
    }

    /**
     * A check creates only the rules of the kinds of file it meets (bench/README.md, "Start-up"), and
     * a check of Dockerfiles compiles no regular expression and links no lambda, not even the JDK's
     * own: the first of either costs a cold JVM about ten milliseconds. (YAML files cannot avoid
     * both: the YAML library uses them.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile", "compose.yaml", "k8s/deployment.yaml"})
    void aCheckLoadsTheRulesOfTheKindsItMeetsOnly(String file) throws IOException, InterruptedException {
        Path example = root().resolve("examples/ml-service");
        Assumptions.assumeTrue(Files.isDirectory(example), "example not present");
        List<String> loaded = loadedBy(List.of("check", "--threads", "1", example.resolve(file).toString()));
        // No example is a CI workflow: its rules are always foreign here.
        List<String> families = new ArrayList<>(List.of("dev.bulwark.rules.dockerfile.", "dev.bulwark.rules.compose.",
                "dev.bulwark.rules.kubernetes.", "dev.bulwark.rules.workflow."));
        families.remove(file.equals("Dockerfile") ? 0 : file.equals("compose.yaml") ? 1 : 2);
        TreeSet<String> foreign = new TreeSet<>();
        TreeSet<String> costly = new TreeSet<>();
        for (String name : loaded) {
            for (String family : families) {
                if (name.startsWith(family)) {
                    foreign.add(name);
                }
            }
            if (name.startsWith("java.util.regex.") || name.contains("$$Lambda")) {
                costly.add(name);
            }
        }
        assertThat(foreign).as("rule classes of kinds the check did not meet").isEmpty();
        if (file.equals("Dockerfile")) {
            assertThat(costly).as("regular expressions or lambdas in a check of a Dockerfile: match by hand,"
                    + " or compile at first use with LazyPattern (README, \"Start-up\")").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void aCheckLinksNoLambdaOfOursAndNoRecordMethod(String format) throws IOException, InterruptedException {
        Path fixtures = root().resolve("bulwark-rules/src/test/resources/fixtures");
        Path example = root().resolve("examples/ml-service");
        Assumptions.assumeTrue(Files.isDirectory(fixtures) && Files.isDirectory(example), "fixtures or example not present");
        Path log = dir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--select", "all", "--fail-on", "none", "--threads", "1", "--format", format,
                "--output", dir.resolve("report").toString(), fixtures.toString(), example.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the check finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("console"))).isZero();

        TreeSet<String> lambdaHosts = new TreeSet<>();
        boolean recordMethods = false;
        for (String line : Files.readAllLines(log)) {
            // "[0.123s][info][class,load] dev.bulwark.rules.dockerfile.LatestTag$$Lambda$45/0x... source: ..."
            int start = line.indexOf("] ") + 2;
            int end = line.indexOf(' ', start);
            String loaded = end < 0 ? line.substring(start) : line.substring(start, end);
            int lambda = loaded.indexOf("$$Lambda$");
            if (loaded.startsWith("dev.bulwark.") && lambda > 0) {
                lambdaHosts.add(loaded.substring(0, lambda));
            }
            recordMethods |= loaded.equals("java.lang.runtime.ObjectMethods");
        }
        assertThat(lambdaHosts).as("classes whose lambdas or method references ran during the check: write the code"
                + " as plain statements and loops (README, \"Start-up\")").isEmpty();
        assertThat(recordMethods).as("a record's generated equals, hashCode or toString ran during the check (a record"
                + " as a map key or set element, in List.contains or indexOf, or in string concatenation): compare"
                + " by identity or write the method out").isFalse();
    }
}
