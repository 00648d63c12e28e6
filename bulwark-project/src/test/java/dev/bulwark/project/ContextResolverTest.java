package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextResolverTest {
    @TempDir
    Path tmp;

    private void write(String path, String text) throws IOException {
        ProjectFiles.write(tmp, path, text);
    }

    @Test
    void infersTheNearestFolderWhereTheSourcesExist() throws IOException {
        Files.createDirectories(tmp.resolve(".git"));
        write("requirements.txt", "x");
        write("src/app.py", "x");
        write("docker/api/Dockerfile", "FROM x\n");
        write("docker/api/entry.sh", "x");
        ContextResolver r = new ContextResolver(new DiskTree(), WalkLimits.DEFAULT, List.of());
        Path dockerfile = tmp.resolve("docker/api/Dockerfile");
        List<BuildUse> all = r.builds(dockerfile, "docker/api/Dockerfile", List.of("requirements.txt", "./src/"),
                Optional.empty());
        assertThat(all).singleElement().satisfies(b -> {
            assertThat(b.source()).isEqualTo(ContextSource.INFERRED);
            assertThat(b.context()).isEqualTo(tmp.toAbsolutePath().normalize());
        });
        assertThat(r.builds(dockerfile, "docker/api/Dockerfile", List.of("entry.sh"), Optional.empty()))
                .singleElement().satisfies(b -> assertThat(b.context()).isEqualTo(dockerfile.getParent()));
        // Nothing found anywhere: the Dockerfile's folder.
        assertThat(r.builds(dockerfile, "docker/api/Dockerfile", List.of("nowhere.txt"), Optional.empty()))
                .singleElement().satisfies(b -> assertThat(b.context()).isEqualTo(dockerfile.getParent()));
    }

    @Test
    void neverClimbsAboveTheRepositoryRoot() throws IOException {
        write("requirements.txt", "x");
        write("repo/.git/HEAD", "x");
        write("repo/sub/Dockerfile", "FROM x\n");
        ContextResolver r = new ContextResolver(new DiskTree(), WalkLimits.DEFAULT, List.of());
        Path dockerfile = tmp.resolve("repo/sub/Dockerfile");
        assertThat(r.builds(dockerfile, "Dockerfile", List.of("requirements.txt"), Optional.empty())).singleElement()
                .satisfies(b -> assertThat(b.context()).isEqualTo(dockerfile.getParent()));
    }

    @Test
    void theDockerfileSpecificIgnoreFileWins() throws IOException {
        write("app.Dockerfile", "FROM x\n");
        write("app.Dockerfile.dockerignore", "secret\n");
        write(".dockerignore", "other\n");
        write("b.Dockerfile", "FROM x\n");
        ContextResolver r = new ContextResolver(new DiskTree(), WalkLimits.DEFAULT, List.of());
        BuildUse a = r.builds(tmp.resolve("app.Dockerfile"), "app.Dockerfile", List.of(), Optional.of(tmp)).get(0);
        assertThat(a.ignore()).get().satisfies(i -> {
            assertThat(i.source().path()).isEqualTo("app.Dockerfile.dockerignore");
            assertThat(i.isDockerfileSpecific()).isTrue();
        });
        BuildUse b = r.builds(tmp.resolve("b.Dockerfile"), "b.Dockerfile", List.of(), Optional.of(tmp)).get(0);
        assertThat(b.ignore()).get().satisfies(i -> assertThat(i.source().path()).isEqualTo(".dockerignore"));
    }

    @Test
    void declaredBuildsReplaceTheInferenceAndFactsAreShared() throws IOException {
        write("svc/Dockerfile", "FROM x\n");
        write("svc/app.py", "x");
        ContextProvider provider = () -> List.of(
                new ContextDeclaration(ContextSource.COMPOSE, tmp.resolve("svc/Dockerfile"), tmp, List.of(),
                        Optional.empty(), "service `a`"),
                new ContextDeclaration(ContextSource.COMPOSE, tmp.resolve("svc/Dockerfile"), tmp, List.of(),
                        Optional.empty(), "service `b`"));
        ContextResolver r = new ContextResolver(new DiskTree(), WalkLimits.DEFAULT, List.of(provider));
        List<BuildUse> builds = r.builds(tmp.resolve("svc/Dockerfile"), "svc/Dockerfile", List.of("app.py"),
                Optional.of(tmp));
        assertThat(builds).singleElement().satisfies(b -> {
            assertThat(b.source()).isEqualTo(ContextSource.COMPOSE);
            assertThat(b.context()).isEqualTo(tmp.toAbsolutePath().normalize());
        });
        assertThat(r.facts(builds.get(0))).isSameAs(r.facts(builds.get(0)));
        assertThat(r.facts(builds.get(0)).files()).isEqualTo(2);
    }

    @Test
    void aListingStandsInForTheDisk() {
        ListingTree tree = ListingTree.parse(tmp, "path\tsize\tmode\nDockerfile\t20\t100644\nmodels/w.safetensors\t-\t100644\n"
                + "link\t8\t120000\nsub\t-\t160000\n");
        assertThat(tree.list(tmp).entries()).extracting(ContextTree.Entry::name)
                .containsExactly("Dockerfile", "link", "models", "sub");
        assertThat(tree.entry(tmp.resolve("models/w.safetensors"))).get()
                .satisfies(e -> assertThat(e.size()).isEqualTo(-1));
        ContextFacts facts = new ContextWalk(tree, WalkLimits.DEFAULT).walk(tmp, Optional.empty());
        assertThat(facts.files()).isEqualTo(3);
        assertThat(facts.unknownSizes()).isEqualTo(1);
        assertThat(facts.notable()).singleElement().satisfies(n -> assertThat(n.sizeKnown()).isFalse());
    }
}
