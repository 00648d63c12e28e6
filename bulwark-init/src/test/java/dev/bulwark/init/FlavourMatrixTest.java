package dev.bulwark.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every flavour init can write passes {@code bulwark check --select all} with no finding: CPU and
 * GPU, serving and training, pip, uv and Poetry, each serving framework, with and without pinned
 * digests and hashed requirements. The only suppressions the files may carry are those of the
 * off-by-default rules whose fix needs what only the user has (a digest, hashes), and they vanish
 * when the user gives it.
 */
class FlavourMatrixTest {
    private static final Pattern SUPPRESSION = Pattern.compile("bulwark-ignore: ([A-Z]+[0-9]+)");
    private static final String DIGEST = "@sha256:" + "0123456789abcdef".repeat(4);

    @TempDir
    Path root;

    static Stream<Arguments> flavours() {
        List<Arguments> all = new ArrayList<>();
        for (Framework framework : Framework.values()) {
            for (PackageManager manager : PackageManager.values()) {
                if (!framework.runsPythonApp() && manager != PackageManager.PIP) {
                    continue;
                }
                for (Workload workload : Workload.values()) {
                    if (!framework.runsPythonApp() && workload == Workload.TRAIN) {
                        continue;
                    }
                    for (boolean gpu : new boolean[] {false, true}) {
                        all.add(Arguments.of(framework, manager, workload, gpu, false));
                    }
                }
            }
        }
        // What the user can supply: digests for every image and hashed requirements.
        all.add(Arguments.of(Framework.FASTAPI, PackageManager.PIP, Workload.SERVE, false, true));
        all.add(Arguments.of(Framework.GRADIO, PackageManager.UV, Workload.SERVE, true, true));
        all.add(Arguments.of(Framework.NONE, PackageManager.POETRY, Workload.TRAIN, true, true));
        all.add(Arguments.of(Framework.TRITON, PackageManager.PIP, Workload.SERVE, true, true));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} gpu={3} pinned={4}")
    @MethodSource("flavours")
    void everyGeneratedSetupPassesEveryRule(Framework framework, PackageManager manager, Workload workload,
                                           boolean gpu, boolean pinned) throws Exception {
        Path dir = root.resolve("svc");
        project(dir, framework, manager, pinned);
        ProjectFacts facts = new ProjectInspector().inspect(dir);
        assertThat(facts.framework()).isEqualTo(framework);
        if (framework.runsPythonApp()) {
            assertThat(facts.packageManager()).isEqualTo(manager);
        }
        Pins pins = pinned ? Pins.parse(List.of("python=3.12.8-slim-bookworm" + DIGEST,
                "nvidia/cuda=12.4.1-runtime-ubuntu22.04" + DIGEST, "ghcr.io/astral-sh/uv=0.5.11" + DIGEST,
                "nvcr.io/nvidia/tritonserver=24.08-py3" + DIGEST, "pytorch/torchserve=0.12.0-cpu" + DIGEST))
                : Pins.none();
        InitOptions options = new InitOptions(Optional.of(gpu), Optional.empty(), Optional.of(workload),
                Optional.empty(), Optional.of("ghcr.io/acme"), pins);
        Flavour flavour = new FlavourResolver().resolve(facts, options, Optional.empty(), "0.1.0");
        InitWriter.Outcome outcome = new InitWriter().write(dir, new Scaffold(flavour).files(), false);
        assertThat(outcome.skipped()).isEmpty();

        SetupAudit.Result audit = SetupAudit.selectAll(dir);
        assertThat(audit.findings()).as(audit.describe() + "\n" + dump(dir, outcome.written())).isEmpty();
        for (String path : outcome.written()) {
            Matcher m = SUPPRESSION.matcher(Files.readString(dir.resolve(path)));
            while (m.find()) {
                assertThat(m.group(1)).as(path).isIn("DF017", "KU034", "DF076");
                if (pinned) {
                    // The app's own image gets its digest when CI pushes it; every base image is pinned.
                    assertThat(m.group(1)).as(path).isEqualTo("KU034");
                }
            }
        }
    }

    private static String dump(Path dir, List<String> paths) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String path : paths) {
            out.append("=== ").append(path).append('\n').append(Files.readString(dir.resolve(path)));
        }
        return out.toString();
    }

    /** A minimal project of the framework, its dependencies declared the package manager's way. */
    static void project(Path dir, Framework framework, PackageManager manager, boolean hashed) throws IOException {
        List<String> deps = new ArrayList<>();
        String app = "";
        String file = "app.py";
        switch (framework) {
            case FASTAPI -> {
                deps.add("fastapi==0.115.6");
                deps.add("uvicorn==0.34.0");
                file = "app/main.py";
                app = "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/healthz\")\ndef healthz():\n"
                        + "    return {}\n";
            }
            case FLASK -> {
                deps.add("flask==3.1.0");
                deps.add("gunicorn==23.0.0");
                app = "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route(\"/health\")\ndef health():\n"
                        + "    return \"ok\"\n";
            }
            case GRADIO -> {
                deps.add("gradio==5.9.1");
                app = "import gradio as gr\n\ngr.Interface(fn=str, inputs=\"text\", outputs=\"text\").launch()\n";
            }
            case STREAMLIT -> {
                deps.add("streamlit==1.41.1");
                app = "import streamlit as st\n\nst.write(\"hello\")\n";
            }
            case BENTOML -> {
                deps.add("bentoml==1.3.19");
                file = "service.py";
                app = "import bentoml\n\n\n@bentoml.service\nclass Summarizer:\n    pass\n";
            }
            case TRITON -> SampleProjects.write(dir, "models/resnet/config.pbtxt", "name: \"resnet\"\n");
            case TORCHSERVE -> SampleProjects.write(dir, "config.properties",
                    "inference_address=http://0.0.0.0:8080\nmanagement_address=http://127.0.0.1:8081\n");
            default -> {
                deps.add("scikit-learn==1.6.0");
                file = "train.py";
                app = "if __name__ == \"__main__\":\n    pass\n";
            }
        }
        deps.add("torch==2.5.1");
        if (!app.isEmpty()) {
            SampleProjects.write(dir, file, app);
        }
        if (!framework.runsPythonApp()) {
            return;
        }
        switch (manager) {
            case PIP -> {
                StringBuilder text = new StringBuilder();
                for (String d : deps) {
                    text.append(d).append(hashed ? " \\\n    --hash=sha256:" + "ab".repeat(32) : "").append('\n');
                }
                SampleProjects.write(dir, "requirements.txt", text.toString());
            }
            case UV -> {
                SampleProjects.write(dir, "pyproject.toml", "[project]\nname = \"svc\"\nversion = \"0.1.0\"\n"
                        + "requires-python = \">=3.11\"\ndependencies = [\n" + quoted(deps) + "]\n");
                SampleProjects.write(dir, "uv.lock", "version = 1\n");
            }
            case POETRY -> {
                StringBuilder text = new StringBuilder("[tool.poetry]\nname = \"svc\"\nversion = \"0.1.0\"\n"
                        + "description = \"\"\nauthors = []\n\n[tool.poetry.dependencies]\npython = \"^3.11\"\n");
                for (String d : deps) {
                    int eq = d.indexOf("==");
                    text.append(d, 0, eq).append(" = \"").append(d.substring(eq + 2)).append("\"\n");
                }
                SampleProjects.write(dir, "pyproject.toml", text.toString());
                SampleProjects.write(dir, "poetry.lock", "# locked\n");
            }
        }
    }

    private static String quoted(List<String> deps) {
        StringBuilder out = new StringBuilder();
        for (String d : deps) {
            out.append("    \"").append(d).append("\",\n");
        }
        return out.toString();
    }
}
