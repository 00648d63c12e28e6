package dev.bulwark.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folders that build scripts fill before they build, judged on a repository listing. */
class StagedFoldersTest {
    private static final Path ROOT = Path.of("/repo");
    private static final ListingTree TREE = ListingTree.parse(ROOT, """
            path\tsize\tmode
            docker/Makefile\t100\t100644
            docker/1.0/Dockerfile\t100\t100644
            docker/1.0/Dockerfile.gpu\t100\t100644
            docker/2.0/Dockerfile\t100\t100644
            docker/2.0/.dockerignore\t0\t100644
            serving/serve.py\t10\t100644
            serving/config.yaml\t10\t100644
            deploy/Containerfile\t100\t100644
            deploy/serve.py\t10\t100644
            tools/copy.sh\t100\t100755
            """);

    private static StagedFolders of(String path, String text) {
        boolean makefile = path.endsWith("Makefile");
        return new StagedFolders(List.of(new ScriptContexts.ScriptFile(ROOT.resolve(path), new SourceText(path, text),
                makefile, ROOT)), TREE);
    }

    @Test
    void aMakefileRecipeStagesTheFolderItsVariableNames() {
        StagedFolders staged = of("docker/Makefile", "VERSION ?= 1.0\nimage:\n\t@cp -r ../serving/* $(VERSION)/\n"
                + "\tdocker build -t serving:$(VERSION) $(VERSION)\n");
        assertThat(staged.staged(ROOT.resolve("docker/1.0"))).isTrue();
        // A folder with files of its own that nothing brings (an empty ignore file) is not only staged content.
        assertThat(staged.staged(ROOT.resolve("docker/2.0"))).isFalse();
        assertThat(staged.staged(ROOT.resolve("serving"))).isFalse();
    }

    @Test
    void aScriptRunsFromItsFolderOrAnyAboveAndNamesWhatItBrings() {
        StagedFolders staged = of("tools/copy.sh", "#!/bin/sh\ninstall -m 0644 -t deploy serving/serve.py\n"
                + "podman build -t serving:1 deploy\n");
        assertThat(staged.staged(ROOT.resolve("deploy"))).isTrue();
    }

    @Test
    void aDestinationThatStartsWithAVariableMayBeAnyFolderAndStagesNone() {
        // tflite-micro's pypi_build.sh: `cp bazel-bin/.../*.whl $OUTDIR`.
        StagedFolders staged = of("tools/copy.sh", "#!/bin/sh\ncp serving/*.py $OUTDIR\ndocker build -t serving:1 .\n");
        assertThat(staged.staged(ROOT.resolve("deploy"))).isFalse();
    }

    @Test
    void aCopyWithoutABuildInTheSameScriptStagesNothing() {
        StagedFolders staged = of("tools/copy.sh", "#!/bin/sh\ncp serving/serve.py deploy/\n");
        assertThat(staged.staged(ROOT.resolve("deploy"))).isFalse();
    }
}
