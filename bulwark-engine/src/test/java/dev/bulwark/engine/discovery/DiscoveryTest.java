package dev.bulwark.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.engine.Input;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscoveryTest {
    private static final ByteArrayInputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile", "dockerfile", "Dockerfile.gpu", "Dockerfile-cpu", "Dockerfile.dev.local",
            "api.Dockerfile", "api.dockerfile", "Containerfile", "Containerfile.rhel", "containerfile", "Dockerfile.cu12.4",
            "Dockerfile-cuda-all", "x86.cu118.base.dockerfile", "Dockerfile_aarch64_ascend", "Dockerfile_preprocessing",
            "cuda_Dockerfile", "gpu-dockerfile", "Containerfile-ubi9"})
    void dockerfileNames(String name) {
        assertThat(DockerfileNames.isDockerfile(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.dockerignore", ".dockerignore", "Dockerfile.", ".Dockerfile", "Dockerfiles",
            "docker-compose.yml", "README.md", "MyDockerfile", "Dockerfile_old", "Dockerfile_bak",
            "_Dockerfile", "Dockerfile_",
            // Pages, pictures and scripts about Dockerfiles (issue 9).
            "dockerfile.md", "dockerfile-stages-dependency.png", "Dockerfile.build.sh", "Dockerfile-notes.txt",
            "Dockerfile.svg", "dockerfile.py", "Containerfile.json",
            // Templates rendered before the build (issue 9 round 4).
            "Dockerfile.j2", "Dockerfile.jinja", "Dockerfile.tmpl", "Dockerfile.in", "gpu.Dockerfile.template"})
    void notDockerfileNames(String name) {
        assertThat(DockerfileNames.isDockerfile(name)).isFalse();
    }

    private void touch(String relative) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "FROM scratch\n");
    }

    private static List<String> paths(List<Input> inputs) {
        return inputs.stream().map(Input::path).toList();
    }

    @Test
    void walksByNamingConventionSkippingToolAndDependencyDirectories() throws IOException {
        for (String f : List.of("Dockerfile", "svc/api.Dockerfile", "svc/Dockerfile.gpu", "build/Dockerfile",
                ".devcontainer/Dockerfile", "README.md", "node_modules/pkg/Dockerfile", ".git/Dockerfile",
                "vendor/x/Dockerfile", ".venv/lib/Dockerfile", "target/Dockerfile", "third_party/y/Containerfile",
                "svc/__pycache__/Dockerfile", "3rdparty/protobuf/ci/Dockerfile", "deps/3rd_party/flatbuffers/Dockerfile",
                "thirdparty/x/Dockerfile", "3rd-party/y/Dockerfile")) {
            touch(f);
        }
        List<Input> inputs = new Discovery(tmp).discover(List.of(), NO_STDIN);
        assertThat(paths(inputs)).containsExactly(".devcontainer/Dockerfile", "Dockerfile", "build/Dockerfile",
                "svc/Dockerfile.gpu", "svc/api.Dockerfile");
        assertThat(inputs).allSatisfy(i -> assertThat(i).isInstanceOf(Input.FileInput.class));
    }

    @Test
    void explicitFilesAreAlwaysCheckedAndPathsAreRelativeToTheWorkingDirectory() throws IOException {
        touch("docker/base.txt");
        touch("node_modules/Dockerfile");
        Path wd = Files.createDirectories(tmp.resolve("wd"));
        List<Input> inputs = new Discovery(wd).discover(
                List.of("../docker/base.txt", tmp.resolve("node_modules").toString(), "../docker/base.txt"), NO_STDIN);
        assertThat(paths(inputs)).containsExactly("../docker/base.txt", "../node_modules/Dockerfile");
    }

    @Test
    void missingExplicitFileIsStillAnInput() throws IOException {
        List<Input> inputs = new Discovery(tmp).discover(List.of("nope/Dockerfile"), NO_STDIN);
        assertThat(paths(inputs)).containsExactly("nope/Dockerfile");
        assertThat(new InputReader().read(inputs.get(0)))
                .isEqualTo(new ReadOutcome.Unreadable("nope/Dockerfile", "no such file"));
    }

    @Test
    void dashIsStandardInput() throws IOException {
        touch("Dockerfile");
        ByteArrayInputStream stdin = new ByteArrayInputStream("FROM alpine\n".getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = new Discovery(tmp).discover(List.of("-", "Dockerfile", "-"), stdin);
        assertThat(paths(inputs)).containsExactly("Dockerfile", "-");
        ReadOutcome read = new InputReader().read(inputs.get(1));
        assertThat(read).isInstanceOfSatisfying(ReadOutcome.Read.class, r -> {
            assertThat(r.source().path()).isEqualTo("-");
            assertThat(r.source().text()).isEqualTo("FROM alpine\n");
        });
    }

    @Test
    void symlinkLoopDoesNotTrapTheWalk() throws IOException {
        touch("a/Dockerfile");
        try {
            Files.createSymbolicLink(tmp.resolve("a/loop"), tmp.resolve("a"));
            Files.createSymbolicLink(tmp.resolve("a/self"), Path.of("."));
            Files.createSymbolicLink(tmp.resolve("linked.Dockerfile"), tmp.resolve("a/Dockerfile"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
        List<Input> inputs = new Discovery(tmp).discover(List.of("."), NO_STDIN);
        assertThat(paths(inputs)).containsExactly("a/Dockerfile", "linked.Dockerfile");
    }

    @Test
    void binaryInvalidUtf8AndHugeFilesAreUnreadable() throws IOException {
        Files.write(tmp.resolve("Dockerfile.bin"), new byte[] {'F', 'R', 'O', 'M', 0, 1});
        Files.write(tmp.resolve("Dockerfile.latin1"), new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xE9, '\n'});
        Files.writeString(tmp.resolve("Dockerfile.big"), "# " + "x".repeat(200) + "\n");
        Files.writeString(tmp.resolve("Dockerfile"), "FROM \u00e9t\u00e9\n");
        Discovery discovery = new Discovery(tmp);
        InputReader reader = new InputReader(100);
        List<ReadOutcome> outcomes = discovery.discover(List.of(), NO_STDIN).stream().map(reader::read).toList();
        assertThat(outcomes).hasSize(4);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(outcomes.subList(1, 4)).containsExactly(
                new ReadOutcome.Unreadable("Dockerfile.big", "larger than the 100 bytes limit"),
                new ReadOutcome.Unreadable("Dockerfile.bin", "binary file (NUL byte at offset 4)"),
                new ReadOutcome.Unreadable("Dockerfile.latin1", "not valid UTF-8"));
        assertThat(((ReadOutcome.Read) outcomes.get(0)).source().text()).isEqualTo("FROM \u00e9t\u00e9\n");
        assertThat(new InputReader().read(new Input.StreamInput("-", new ByteArrayInputStream(new byte[5 * 1024 * 1024]))))
                .isEqualTo(new ReadOutcome.Unreadable("-", "larger than the 4 MiB limit"));
    }
}
