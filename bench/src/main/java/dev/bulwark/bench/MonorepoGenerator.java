package dev.bulwark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic monorepo for the scale benchmark ({@code bench/scale.sh}): 10 groups of
 * 10 teams of 100 projects, {@code g0/t0/p00} to {@code g9/t9/p99}. Each project has one
 * Dockerfile drawn from the shapes ML repositories use (a FastAPI model server, a multi-stage
 * wheel build, a CUDA training image, a conda environment, a notebook, a slim batch job, a Node
 * front end, a Go sidecar), with versions, packages, ports and users varied, plus ordinary files
 * (Python sources, requirements, configuration, notes, a {@code .dockerignore} for most) up to
 * the requested total. The same arguments always give the same bytes.
 *
 * <pre>java -cp bench/target/classes dev.bulwark.bench.MonorepoGenerator DIR [FILES [DOCKERFILES [SEED]]]</pre>
 */
public final class MonorepoGenerator {
    private static final String[] PYTHONS = {"3.9", "3.10", "3.11", "3.12", "3.12.7", "3.11-slim", "3.12-slim-bookworm"};
    private static final String[] CUDAS = {"11.8.0-cudnn8-runtime-ubuntu22.04", "12.1.1-devel-ubuntu22.04",
        "12.4.1-cudnn-runtime-ubuntu22.04", "12.2.2-base-ubuntu22.04"};
    private static final String[] PACKAGES = {"torch", "torch==2.3.1", "transformers==4.44.2", "fastapi", "uvicorn[standard]",
        "numpy==1.26.4", "pandas", "scikit-learn==1.5.1", "mlflow", "onnxruntime==1.18.1", "accelerate", "datasets==2.20.0",
        "sentencepiece", "pydantic==2.8.2", "boto3", "gunicorn==22.0.0"};
    private static final String[] APT = {"curl", "git", "ca-certificates", "build-essential", "libgl1", "ffmpeg", "wget",
        "libsndfile1", "tini"};
    private static final String[] NAMES = {"Dockerfile", "Dockerfile", "Dockerfile", "Dockerfile", "Dockerfile.gpu",
        "api.Dockerfile", "Containerfile", "Dockerfile-cpu"};

    private final Random random;
    private final Path root;
    private int files;

    private MonorepoGenerator(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MonorepoGenerator DIR [FILES [DOCKERFILES [SEED]]]");
            System.exit(2);
        }
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int dockerfiles = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 9L;
        MonorepoGenerator g = new MonorepoGenerator(Path.of(args[0]), seed);
        g.generate(total, dockerfiles);
        System.out.println(g.files + " files, " + dockerfiles + " Dockerfiles in " + args[0]);
    }

    private void generate(int total, int dockerfiles) throws IOException {
        // Files other than the Dockerfiles, spread evenly: the first projects take one more.
        int others = total - dockerfiles;
        for (int p = 0; p < dockerfiles; p++) {
            Path dir = root.resolve("g" + p / 1000).resolve("t" + p / 100 % 10).resolve(String.format("p%02d", p % 100));
            int share = others / dockerfiles + (p < others % dockerfiles ? 1 : 0);
            project(dir, share);
        }
    }

    private void project(Path dir, int otherFiles) throws IOException {
        write(dir.resolve(pick(NAMES)), dockerfile());
        List<String[]> extras = new ArrayList<>();
        extras.add(new String[] {".dockerignore", ".git\n__pycache__/\n*.pyc\n.venv\ndata/\nmodels/*.bin\n"});
        extras.add(new String[] {"requirements.txt", String.join("\n", packages(6)) + "\n"});
        extras.add(new String[] {"README.md", "# Service\n\nServes a model over HTTP.\n"});
        extras.add(new String[] {"app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/health\")\n"
                + "def health():\n    return {\"ok\": True}\n"});
        extras.add(new String[] {"app/__init__.py", ""});
        extras.add(new String[] {"app/model.py", "import torch\n\n\ndef load(path):\n    return torch.load(path, weights_only=True)\n"});
        extras.add(new String[] {"config/settings.yaml", "model: distilbert-base-uncased\nbatch_size: " + (8 << random.nextInt(4)) + "\n"});
        extras.add(new String[] {"tests/test_main.py", "def test_health():\n    assert True\n"});
        extras.add(new String[] {"scripts/train.sh", "#!/bin/sh\nset -eu\npython -m app.train \"$@\"\n"});
        extras.add(new String[] {"notebooks/explore.ipynb", "{\"cells\": [], \"nbformat\": 4, \"nbformat_minor\": 5}\n"});
        for (int i = 0; i < otherFiles; i++) {
            String[] file = i < extras.size() ? extras.get(i) : new String[] {"app/extra_" + i + ".py", "VALUE = " + i + "\n"};
            write(dir.resolve(file[0]), file[1]);
        }
    }

    private String dockerfile() {
        switch (random.nextInt(8)) {
            case 0:
                return "FROM python:" + pick(PYTHONS) + "\n"
                        + "WORKDIR /app\n"
                        + "COPY requirements.txt .\n"
                        + "RUN pip install --no-cache-dir -r requirements.txt\n"
                        + "COPY . .\n"
                        + (random.nextBoolean() ? "RUN useradd -m app\nUSER app\n" : "")
                        + "EXPOSE " + (8000 + random.nextInt(100)) + "\n"
                        + (random.nextBoolean() ? "HEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\n" : "")
                        + "CMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]\n";
            case 1:
                return "# syntax=docker/dockerfile:1\n"
                        + "FROM python:" + pick(PYTHONS) + " AS build\n"
                        + "RUN apt-get update && apt-get install -y --no-install-recommends " + String.join(" ", apt(3))
                        + " \\\n    && rm -rf /var/lib/apt/lists/*\n"
                        + "COPY requirements.txt .\n"
                        + "RUN --mount=type=cache,target=/root/.cache/pip pip wheel -w /wheels -r requirements.txt\n"
                        + "\n"
                        + "FROM python:" + pick(PYTHONS) + "\n"
                        + "COPY --from=build /wheels /wheels\n"
                        + "RUN pip install --no-cache-dir /wheels/*\n"
                        + "COPY app /app\n"
                        + "USER 10001\n"
                        + "ENTRYPOINT [\"gunicorn\", \"-b\", \"0.0.0.0:8080\", \"app.main:app\"]\n";
            case 2:
                return "FROM nvidia/cuda:" + pick(CUDAS) + "\n"
                        + "ENV DEBIAN_FRONTEND=noninteractive\n"
                        + "RUN apt-get update && apt-get install -y python3 python3-pip " + String.join(" ", apt(2)) + "\n"
                        + "RUN pip3 install " + String.join(" ", packages(4)) + "\n"
                        + "COPY . /workspace\n"
                        + "WORKDIR /workspace\n"
                        + "CMD python3 train.py --epochs " + (1 + random.nextInt(50)) + "\n";
            case 3:
                return "FROM continuumio/miniconda3:24.5.0-0\n"
                        + "COPY environment.yml /tmp/\n"
                        + "RUN conda env create -f /tmp/environment.yml && conda clean -afy\n"
                        + "SHELL [\"conda\", \"run\", \"-n\", \"ml\", \"/bin/bash\", \"-c\"]\n"
                        + "COPY . /opt/app\n"
                        + "ENTRYPOINT [\"conda\", \"run\", \"--no-capture-output\", \"-n\", \"ml\", \"python\", \"/opt/app/serve.py\"]\n";
            case 4:
                return "FROM jupyter/scipy-notebook:latest\n"
                        + "USER root\n"
                        + "RUN pip install " + String.join(" ", packages(3)) + "\n"
                        + "ENV HF_HOME=/home/jovyan/.cache/huggingface\n"
                        + "EXPOSE 8888\n";
            case 5:
                return "ARG PYTHON=" + pick(PYTHONS) + "\n"
                        + "FROM python:${PYTHON}\n"
                        + "ARG MODEL_URL=https://example.org/models/model-" + random.nextInt(1000) + ".onnx\n"
                        + "ADD ${MODEL_URL} /models/model.onnx\n"
                        + "RUN pip install onnxruntime==1.18.1 && python -c \"import onnxruntime\"\n"
                        + "COPY batch.py /batch.py\n"
                        + "USER nobody\n"
                        + "CMD [\"python\", \"/batch.py\"]\n";
            case 6:
                return "FROM node:20-alpine AS web\n"
                        + "WORKDIR /web\n"
                        + "COPY package.json package-lock.json ./\n"
                        + "RUN npm ci\n"
                        + "COPY . .\n"
                        + "RUN npm run build\n"
                        + "\n"
                        + "FROM nginx:1.27-alpine\n"
                        + "COPY --from=web /web/dist /usr/share/nginx/html\n"
                        + "EXPOSE 80\n";
            default:
                return "FROM golang:1.22 AS build\n"
                        + "WORKDIR /src\n"
                        + "COPY . .\n"
                        + "RUN CGO_ENABLED=0 go build -o /out/exporter ./cmd/exporter\n"
                        + "\n"
                        + "FROM gcr.io/distroless/static-debian12:nonroot\n"
                        + "COPY --from=build /out/exporter /exporter\n"
                        + "EXPOSE " + (9000 + random.nextInt(100)) + "\n"
                        + "ENTRYPOINT [\"/exporter\"]\n";
        }
    }

    private List<String> packages(int max) {
        List<String> out = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            String p = pick(PACKAGES);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private List<String> apt(int max) {
        List<String> out = new ArrayList<>();
        int n = 1 + random.nextInt(max);
        for (int i = 0; i < n; i++) {
            String p = pick(APT);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        files++;
    }
}
