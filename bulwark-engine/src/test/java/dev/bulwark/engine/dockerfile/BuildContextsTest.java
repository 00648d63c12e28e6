package dev.bulwark.engine.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.dockerfile.BuildContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextsTest {
    private final BuildContexts contexts = new BuildContexts(new InputReader());

    @Test
    void dockerfileSpecificIgnoreFileReplacesTheContextOne(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Path dockerfile = Files.writeString(dir.resolve("app.Dockerfile"), "FROM scratch\n");
        Files.writeString(dir.resolve(".dockerignore"), "data\n");
        Files.writeString(dir.resolve("app.Dockerfile.dockerignore"), "models\n");
        BuildContext context = contexts.of(Input.file("sub/app.Dockerfile", dockerfile));
        assertThat(context.known()).isTrue();
        assertThat(context.dockerignore().map(DockerignoreFile::path)).contains("sub/app.Dockerfile.dockerignore");
        assertThat(context.dockerignore().get().excludes("models/x")).isTrue();
        assertThat(context.dockerignore().get().excludes("data/x")).isFalse();
    }

    @Test
    void noIgnoreFileIsAKnownContextWithoutOne(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        assertThat(contexts.of(Input.file("Dockerfile", dockerfile))).isEqualTo(BuildContext.withoutDockerignore());
    }

    @Test
    void parentIgnoreFileMakesTheContextUnknown(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve(".git"));
        Files.writeString(dir.resolve(".dockerignore"), ".git\n");
        Path sub = Files.createDirectory(dir.resolve("backend"));
        Path dockerfile = Files.writeString(sub.resolve("Dockerfile"), "FROM scratch\n");
        assertThat(contexts.of(Input.file("backend/Dockerfile", dockerfile)).known()).isFalse();
    }

    @Test
    void textAndStreamInputsHaveNoContext() {
        assertThat(contexts.of(Input.text("-", "FROM scratch\n")).known()).isFalse();
    }
}
