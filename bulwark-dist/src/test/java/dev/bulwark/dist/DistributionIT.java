package dev.bulwark.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive, unpacked in a temporary folder and run as a user runs it: it audits
 * the bundled example exactly as the build's own command line does, trains its class archive into
 * the user's cache at the first run (never into the installation) and starts from it afterwards.
 */
class DistributionIT {
    // Both runs judge end-of-life dates as of one day: the packaged one reads the clock, the
    // in-process one the build's fixed day.
    private static final String AS_OF = "2026-11-01";
    private static final String EXAMPLE = "examples/ml-service";

    @Test
    void the_tar_and_the_zip_hold_the_same_files(@TempDir Path temp) throws IOException {
        Path home = Archives.unpack(temp);
        List<String> fromTar = Archives.files(home);
        List<String> fromZip = new ArrayList<>();
        String prefix = "bulwark-" + Repository.version() + "/";
        try (ZipFile zip = new ZipFile(Archives.zip().toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory()) {
                    assertThat(e.getName()).startsWith(prefix);
                    fromZip.add(e.getName().substring(prefix.length()));
                }
            }
        }
        fromZip.sort(null);
        assertThat(fromZip).isEqualTo(fromTar);
        assertThat(fromTar).contains("bin/bulwark", "lib/launch.sh", "lib/bulwark-cli-" + Repository.version() + ".jar",
                EXAMPLE + "/Dockerfile", "README.md");
        assertThat(Files.isExecutable(home.resolve("bin/bulwark"))).isTrue();
    }

    @Test
    void runs_the_example_as_the_build_does_and_trains_into_the_cache(@TempDir Path temp) throws IOException {
        Path home = Archives.unpack(temp.resolve("install"));
        Map<String, Long> installed = stamps(home);
        Path cache = temp.resolve("cache");
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "XDG_CACHE_HOME", cache.toString());

        Archives.Process first = Archives.run(home, env, 300, "bin/bulwark", "check", EXAMPLE, "--format", "json",
                "--as-of", AS_OF);
        Repository.Run expected = Repository.inProcess(Repository.root(), "check", EXAMPLE, "--format", "json", "--as-of",
                AS_OF);
        assertThat(expected.exit()).isEqualTo(1);
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).isEqualTo(expected.out());
        assertThat(first.err()).contains("preparing a class archive");

        Path archive = onlyArchive(cache.resolve("bulwark/" + Repository.version()));
        assertThat(Files.size(archive)).isPositive();

        Path classes = temp.resolve("classes.log");
        Map<String, String> logged = Map.of("JAVA_HOME", System.getProperty("java.home"), "XDG_CACHE_HOME",
                cache.toString(), "BULWARK_JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
        Archives.Process second = Archives.run(home, logged, 120, "bin/bulwark", "check", EXAMPLE, "--as-of", AS_OF);
        Repository.Run text = Repository.inProcess(Repository.root(), "check", EXAMPLE, "--as-of", AS_OF);
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.out()).isEqualTo(text.out());
        assertThat(second.err()).doesNotContain("preparing");
        // The CLI's classes come from the archive, not from the jars.
        assertThat(Files.readString(classes)).containsPattern("dev\\.bulwark\\.cli\\.Main source: shared objects file");

        assertThat(stamps(home)).as("the installation is never written to").isEqualTo(installed);
    }

    @Test
    void runs_on_a_later_java_found_on_the_path(@TempDir Path temp) {
        Optional<Path> later = laterJdk();
        Assumptions.assumeTrue(later.isPresent(), "no JDK 21 or later under /usr/lib/jvm: skipping the run on a later Java");
        Path home = Archives.unpack(temp.resolve("install"));
        Path cache = temp.resolve("cache");
        Map<String, String> env = Map.of("PATH", later.get().resolve("bin") + ":/usr/bin:/bin",
                "XDG_CACHE_HOME", cache.toString());
        Archives.Process first = Archives.run(home, env, List.of("JAVA_HOME"), 300, "bin/bulwark", "check", EXAMPLE,
                "--as-of", AS_OF);
        Archives.Process second = Archives.run(home, env, List.of("JAVA_HOME"), 120, "bin/bulwark", "check", EXAMPLE,
                "--as-of", AS_OF);
        Repository.Run expected = Repository.inProcess(Repository.root(), "check", EXAMPLE, "--as-of", AS_OF);
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).isEqualTo(expected.out());
        assertThat(second.out()).isEqualTo(expected.out());
        // Named after the JVM found on the PATH (an AOT cache from JDK 24 on).
        assertThat(onlyArchive(cache.resolve("bulwark/" + Repository.version())).getFileName().toString())
                .startsWith("bulwark-jdk" + release(later.get()));
    }

    /** The one archive the first run made, in the installation's folder of the version's cache. */
    private static Path onlyArchive(Path versionCache) {
        try (Stream<Path> walk = Files.walk(versionCache)) {
            List<Path> archives = walk.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
            assertThat(archives).hasSize(1);
            return archives.get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Long> stamps(Path dir) throws IOException {
        Map<String, Long> stamps = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                stamps.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
            }
        }
        return stamps;
    }

    /** A JDK later than the one running the build, as installed on Debian, if there is one. */
    private static Optional<Path> laterJdk() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(jvms)) {
            for (Path jdk : list.sorted().toList()) {
                String version = release(jdk);
                int dot = version.indexOf('.');
                String feature = dot < 0 ? version : version.substring(0, dot);
                if (!Files.isSymbolicLink(jdk) && feature.matches("\\d+") && Integer.parseInt(feature) >= 21
                        && Files.isExecutable(jdk.resolve("bin/java"))) {
                    return Optional.of(jdk);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String release(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            return "";
        }
        return "";
    }
}
