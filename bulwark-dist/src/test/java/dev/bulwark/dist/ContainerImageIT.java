package dev.bulwark.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile's jlink-ed runtime holds exactly the modules the packaged jars need, as jdeps
 * reads them from the distribution's lib/, and the build stage unpacks the archive the build
 * really makes.
 */
class ContainerImageIT {
    private static final Pattern ADD_MODULES = Pattern.compile("--add-modules[ =]([\\w.,]+)");

    @Test
    void the_runtime_has_the_modules_jdeps_finds(@TempDir Path temp) throws IOException {
        Path lib = Archives.unpack(temp).resolve("lib");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jdeps").toString(),
                "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17"));
        for (String jar : Archives.files(lib)) {
            if (jar.endsWith(".jar")) {
                command.add(lib.resolve(jar).toString());
            }
        }
        Archives.Process jdeps = Archives.run(temp, Map.of(), 120, command.toArray(new String[0]));
        assertThat(jdeps.exit()).as(jdeps.err()).isZero();
        String[] lines = jdeps.out().strip().split("\n");
        Set<String> needed = new TreeSet<>(List.of(lines[lines.length - 1].strip().split(",")));
        assertThat(needed).contains("java.base");
        assertThat(jlinkModules()).isEqualTo(needed);
    }

    @Test
    void the_build_stage_unpacks_the_archive_the_build_makes() throws IOException {
        String dockerfile = Files.readString(Repository.root().resolve("Dockerfile"));
        Path archive = Archives.tarGz();
        assertThat(dockerfile).contains("-pl bulwark-dist -am package");
        assertThat(archive.toString()).matches(".*/bulwark-dist/target/bulwark-[^/]*\\.tar\\.gz");
        assertThat(dockerfile).contains("tar -xzf bulwark-dist/target/bulwark-*.tar.gz -C /opt/bulwark --strip-components=1");
        assertThat(dockerfile).contains("ENTRYPOINT [\"/opt/bulwark/bin/bulwark\"]");
    }

    private static Set<String> jlinkModules() throws IOException {
        String dockerfile = Files.readString(Repository.root().resolve("Dockerfile"));
        Matcher m = ADD_MODULES.matcher(dockerfile);
        assertThat(m.find()).as("the Dockerfile's jlink --add-modules").isTrue();
        Set<String> modules = new TreeSet<>(List.of(m.group(1).split(",")));
        assertThat(m.find()).as("one --add-modules").isFalse();
        return modules;
    }
}
