package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds declared by bake files and by scripts. */
class DeclaredContextsTest {
    @TempDir
    Path tmp;

    private Path write(String path, String text) throws IOException {
        Path p = tmp.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void bakeHclTargetsWithVariablesInheritsAndGroups() {
        String hcl = """
                # comment
                variable "DIR" { default = "services" }
                variable "TAG" {
                  default = "latest"
                }
                group "default" { targets = ["api", "worker"] }
                target "_common" {
                  context = "${DIR}"
                  args = { PY = "3.12" }
                }
                target "api" {
                  inherits = ["_common"]
                  dockerfile = "api/Dockerfile"
                  contexts = { models = "./models" }
                  tags = ["example/api:${TAG}"]
                }
                target "worker" {
                  context = "."
                  dockerfile = "docker/worker.Dockerfile" // trailing comment
                  platforms = split(",", "linux/amd64,linux/arm64")
                }
                target "inline" { dockerfile-inline = "FROM scratch" }
                target "remote" { context = "https://github.com/a/b.git" }
                target "unknown" { context = lookup(x) }
                """;
        Path file = tmp.resolve("docker-bake.hcl");
        List<ContextDeclaration> d = new BakeContexts(List.of(new BakeContexts.BakeFile(file,
                new SourceText("docker-bake.hcl", hcl)))).declarations();
        assertThat(d).extracting(ContextDeclaration::origin).containsExactly(
                "target `_common` in docker-bake.hcl", "target `api` in docker-bake.hcl",
                "target `worker` in docker-bake.hcl");
        ContextDeclaration api = d.get(1);
        assertThat(api.source()).isEqualTo(ContextSource.BAKE);
        assertThat(api.context()).isEqualTo(tmp.resolve("services").toAbsolutePath());
        assertThat(api.dockerfile()).isEqualTo(tmp.resolve("services/api/Dockerfile").toAbsolutePath());
        assertThat(api.namedContexts()).containsExactly("models");
        assertThat(api.declaredAt()).get().satisfies(s -> assertThat(s.text()).isEqualTo("\"api\""));
        assertThat(d.get(2).dockerfile()).isEqualTo(tmp.resolve("docker/worker.Dockerfile").toAbsolutePath());
    }

    @Test
    void bakeJsonTargets() {
        String json = """
                {"variable": {"CTX": {"default": "app"}},
                 "target": {"web": {"context": "${CTX}", "dockerfile": "Dockerfile.prod"}, "bad": 3}}
                """;
        List<ContextDeclaration> d = new BakeContexts(List.of(new BakeContexts.BakeFile(tmp.resolve("docker-bake.json"),
                new SourceText("docker-bake.json", json)))).declarations();
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.dockerfile()).isEqualTo(tmp.resolve("app/Dockerfile.prod").toAbsolutePath());
            assertThat(x.declaredAt().get().text()).isEqualTo("\"web\"");
        });
    }

    @Test
    void hostileBakeInputIsBounded() {
        String deep = "target \"x\" { a = " + "[".repeat(100_000) + "\n";
        assertThat(HclReader.read(deep)).hasSizeLessThanOrEqualTo(1);
        assertThat(HclReader.read("}}}{{{\"unterminated")).isEmpty();
        assertThat(new BakeContexts(List.of(new BakeContexts.BakeFile(tmp.resolve("docker-bake.json"),
                new SourceText("docker-bake.json", "{\"target\": {\"a\": [[[[")))).declarations()).isEmpty();
    }

    @Test
    void makefileAndScriptBuilds() throws IOException {
        write("docker/api.Dockerfile", "FROM x\n");
        write("Dockerfile", "FROM x\n");
        String make = "IMAGE := example/api\nDOCKERFILE = docker/api.Dockerfile\n\nbuild:\n"
                + "\t@docker build -t $(IMAGE) -f $(DOCKERFILE) .\n"
                + "\tdocker buildx build --platform linux/amd64 --push -t $(IMAGE):latest .\n"
                + "\tdocker build -f $(UNKNOWN) .\n";
        Path makefile = write("Makefile", make);
        String sh = "#!/bin/sh\nset -e\ndocker build --file docker/api.Dockerfile --build-arg A=1 \"$PWD\"\n"
                // Not found from scripts/, so run from the root: the context is the root's parent.
                + "podman build -f docker/api.Dockerfile .. && echo done\n";
        Path script = write("scripts/build.sh", sh);
        ContextTree tree = new DiskTree();
        List<ContextDeclaration> d = new ScriptContexts(List.of(
                new ScriptContexts.ScriptFile(makefile, new SourceText("Makefile", make), true, tmp),
                new ScriptContexts.ScriptFile(script, new SourceText("scripts/build.sh", sh), false, tmp)), tree)
                .declarations();
        assertThat(d).extracting(x -> tmp.relativize(x.dockerfile()).toString() + " in " + tmp.relativize(x.context()))
                .containsExactly("docker/api.Dockerfile in ", "Dockerfile in ", "docker/api.Dockerfile in ..");
        assertThat(d.get(2).source()).isEqualTo(ContextSource.SCRIPT);
        assertThat(d.get(2).declaredAt().get().text()).startsWith("podman build");
    }
}
