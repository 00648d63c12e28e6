package dev.bulwark.engine.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
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

/** Builds declared in bake files and scripts reach the rules; findings land there, with suppressions. */
class DeclaredBuildsTest {
    private static final RuleCatalog CATALOG = new RuleCatalog(BuiltinRules.all());

    @TempDir
    Path tmp;

    private void write(String path, String text) throws IOException {
        ProjectFiles.write(tmp, path, text);
    }

    private AuditResult audit() throws Exception {
        ConfigLoader loader = new ConfigLoader(CATALOG);
        Settings settings = loader.apply(loader.parse(new dev.bulwark.core.SourceText(".bulwark.yaml",
                "rules:\n  DI005:\n    max-size-mb: 0\n"), tmp), SettingsOverride.none().withSelect(List.of("DI", "BW003")));
        List<Input> inputs = new Discovery(tmp).discover(List.of("."), new ByteArrayInputStream(new byte[0]));
        return new Auditor(CATALOG, 2, new InputReader()).audit(inputs, settings);
    }

    @Test
    void bakeAndMakefileBuildsAreFoundAndReportedWhereDeclared() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        write("services/api/Dockerfile", "FROM python:3.12.4-slim\nCOPY app.py /app/\n");
        write("services/api/app.py", "print(1)\n");
        write("services/batch/Dockerfile", "FROM python:3.12.4-slim\nCOPY app.py /app/\n");
        write("services/batch/app.py", "print(1)\n");
        write("worker/Dockerfile", "FROM python:3.12.4-slim\nCOPY worker/run.py /app/\n");
        write("worker/run.py", "print(2)\n");
        write("docker-bake.hcl", "target \"api\" {\n  context = \"services/api\"\n}\n\n"
                + "# bulwark-ignore: DI005 -- small enough\ntarget \"quiet\" {\n  context = \"services/batch\"\n"
                + "  dockerfile = \"Dockerfile\"\n}\n");
        write("Makefile", "worker:\n\tdocker build -f worker/Dockerfile .\n");
        AuditResult result = audit();
        assertThat(result.buildContexts()).containsEntry("bake", 2).containsEntry("script", 1);
        assertThat(result.findings()).extracting(f -> f.rule().code() + " " + f.path() + ":" + f.location().line())
                .containsExactly("DI005 Makefile:2", "DI005 docker-bake.hcl:1");
        Finding bake = result.findings().get(1);
        assertThat(bake.message()).startsWith("build context sends");
    }

    @Test
    void composeBuildsComeFirstAndDockerfilesWithoutDeclarationAreInferred() throws Exception {
        Files.createDirectories(tmp.resolve(".git"));
        write("compose.yaml", "services:\n  api:\n    build:\n      context: .\n      dockerfile: api/Dockerfile\n"
                + "    image: example/api:1.0.0\n");
        write("api/Dockerfile", "FROM python:3.12.4-slim\nCOPY api/app.py /app/\n");
        write("api/app.py", "print(1)\n");
        write("tools/Dockerfile", "FROM python:3.12.4-slim\nCOPY tool.py /app/\n");
        write("tools/tool.py", "print(1)\n");
        AuditResult result = audit();
        assertThat(result.buildContexts()).containsEntry("compose", 1).containsEntry("inferred", 1);
        assertThat(result.findings()).extracting(f -> f.rule().code() + " " + f.path() + ":" + f.location().line())
                .containsExactly("DI005 compose.yaml:4", "DI005 tools/Dockerfile:1");
    }

    @Test
    void aDeclaredContextOutsideTheRepositoryIsNotWalked() throws Exception {
        Files.createDirectories(tmp.resolve("repo/.git"));
        write("repo/compose.yaml", "services:\n  api:\n    build:\n      context: ..\n"
                + "      dockerfile: repo/Dockerfile\n    image: example/api:1.0.0\n");
        write("repo/Dockerfile", "FROM python:3.12.4-slim\nCOPY . /app/\n");
        write("outside.txt", "the context is the folder above the repository");
        ConfigLoader loader = new ConfigLoader(CATALOG);
        Settings settings = loader.apply(loader.parse(new dev.bulwark.core.SourceText(".bulwark.yaml",
                "rules:\n  DI005:\n    max-size-mb: 0\n"), tmp), SettingsOverride.none().withSelect(List.of("DI")));
        List<Input> inputs = new Discovery(tmp.resolve("repo")).discover(List.of("."),
                new ByteArrayInputStream(new byte[0]));
        AuditResult result = new Auditor(CATALOG, 1, new InputReader()).audit(inputs, settings);
        assertThat(result.buildContexts()).containsEntry("compose", 1);
        assertThat(result.findings()).isEmpty();
    }
}
