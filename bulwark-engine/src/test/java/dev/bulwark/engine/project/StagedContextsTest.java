package dev.bulwark.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.ProjectFiles;
import dev.bulwark.engine.AuditResult;
import dev.bulwark.engine.Auditor;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.ConfigLoader;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.config.SettingsOverride;
import dev.bulwark.engine.discovery.Discovery;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.rules.BuiltinRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * whole-context-without-dockerignore (DF046) on a build context that a build script fills on
 * purpose (sagemaker-tensorflow-serving-container: {@code scripts/build.sh} copies the serving code
 * into {@code docker/<version>/} and builds that folder): the COPY ships what the script staged,
 * so nothing is reported; a folder nothing fills, or one that keeps files of its own, still is.
 */
class StagedContextsTest {
    private static final RuleCatalog CATALOG = new RuleCatalog(BuiltinRules.all());
    private static final String SERVING = """
            FROM ubuntu:22.04
            RUN apt-get update && apt-get install -y --no-install-recommends nginx && rm -rf /var/lib/apt/lists/*
            COPY ./ /
            ENV PATH="$PATH:/sagemaker"
            """;
    private static final String BUILD_SH = """
            #!/bin/bash
            set -euo pipefail
            source scripts/shared.sh
            parse_std_args "$@"
            echo "building image... "
            cp -r docker/build_artifacts/* docker/$short_version/
            docker build \\
                --build-arg TFS_VERSION=$full_version \\
                -f docker/$short_version/Dockerfile.$arch \\
                -t $repository:$full_version-$device \\
                docker/$short_version/
            """;

    @TempDir
    Path tmp;

    private void write(String path, String text) throws IOException {
        ProjectFiles.write(tmp, path, text);
    }

    private List<String> wholeContextFindings(boolean listings) throws Exception {
        ConfigLoader loader = new ConfigLoader(CATALOG);
        Settings settings = loader.apply(Settings.defaults(), SettingsOverride.none().withSelect(List.of("DF046")));
        List<Input> inputs = new Discovery(tmp).discover(List.of("."), new ByteArrayInputStream(new byte[0]));
        AuditResult result = new Auditor(CATALOG, 1, new InputReader(), listings).audit(inputs, settings);
        return result.findings().stream().map(f -> f.rule().code() + " " + f.path()).toList();
    }

    private void servingRepository() throws IOException {
        write("scripts/build.sh", BUILD_SH);
        write("docker/build_artifacts/sagemaker/serve.py", "print('serving')\n");
        write("docker/build_artifacts/dockerd-entrypoint.py", "print('entry')\n");
        write("docker/1.15/Dockerfile.cpu", SERVING);
        write("docker/1.15/Dockerfile.gpu", SERVING);
    }

    @Test
    void aFolderTheBuildScriptFillsIsNotReportedButFoldersNothingFillsAre() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        servingRepository();
        // An earlier run of build.sh left its copies: still the same staging folder.
        write("docker/2.1/Dockerfile.cpu", SERVING);
        write("docker/2.1/sagemaker/serve.py", "print('serving')\n");
        write("docker/2.1/dockerd-entrypoint.py", "print('entry')\n");
        // The script stages here too, but the folder keeps a file of its own that the COPY takes.
        write("docker/3.0/Dockerfile.cpu", SERVING);
        write("docker/3.0/NOTES.txt", "endpoint credentials for the smoke test\n");
        // Only Dockerfiles and no script fills the folder: built from the root with `-f` (LightX2V).
        write("platforms/Dockerfile_ppu", "FROM python:3.12.8-slim\nWORKDIR /workspace/app\nCOPY . /workspace/app\n");
        assertThat(wholeContextFindings(false)).containsExactlyInAnyOrder("DF046 docker/3.0/Dockerfile.cpu",
                "DF046 platforms/Dockerfile_ppu");
    }

    @Test
    void aStagedFolderBuiltFromTheRepositoryRootIsStillReported() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        servingRepository();
        write("Makefile", "cpu:\n\tdocker build -f docker/1.15/Dockerfile.cpu .\n");
        assertThat(wholeContextFindings(false)).containsExactly("DF046 docker/1.15/Dockerfile.cpu");
    }

    @Test
    void aListedRepositoryJudgesTheFoldersTrackedContent() throws Exception {
        servingRepository();
        write("TREE.tsv", """
                path\tsize\tmode
                scripts/build.sh\t300\t100755
                docker/build_artifacts/sagemaker/serve.py\t17\t100644
                docker/build_artifacts/dockerd-entrypoint.py\t15\t100644
                docker/1.15/Dockerfile.cpu\t200\t100644
                docker/1.15/Dockerfile.gpu\t200\t100644
                platforms/Dockerfile_ppu\t80\t100644
                platforms/settings.env\t40\t100644
                """);
        write("platforms/Dockerfile_ppu", "FROM python:3.12.8-slim\nCOPY . /workspace/app\n");
        assertThat(wholeContextFindings(true)).containsExactly("DF046 platforms/Dockerfile_ppu");
    }
}
