package dev.bulwark.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small ML projects written for the tests: the files init reads, as real projects lay them out. */
final class SampleProjects {
    private SampleProjects() {
    }

    static void write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A FastAPI service on CPU with a requirements.txt and a /healthz route. */
    static Path fastApiCpu(Path root) throws IOException {
        Path dir = root.resolve("sentiment-api");
        write(dir, "requirements.txt", "fastapi==0.115.6\nuvicorn==0.34.0\nonnxruntime==1.20.1\n");
        write(dir, "app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/healthz\")\n"
                + "def healthz():\n    return {\"ok\": True}\n");
        write(dir, "tests/test_main.py", "def test_nothing():\n    assert True\n");
        return dir;
    }

    /** A Gradio demo on a GPU: torch from the CUDA 12.1 index, managed with Poetry. */
    static Path gradioGpu(Path root) throws IOException {
        Path dir = root.resolve("image-captioner");
        write(dir, "pyproject.toml", "[tool.poetry]\nname = \"image-captioner\"\nversion = \"1.2.0\"\n"
                + "description = \"\"\nauthors = []\n\n[tool.poetry.dependencies]\npython = \"^3.11\"\n"
                + "gradio = \"5.9.1\"\ntorch = {version = \"2.5.1\", source = \"pytorch-cu121\"}\n"
                + "transformers = \"4.47.1\"\n\n[[tool.poetry.source]]\nname = \"pytorch-cu121\"\n"
                + "url = \"https://download.pytorch.org/whl/cu121\"\npriority = \"explicit\"\n");
        write(dir, "poetry.lock", "# locked\n");
        write(dir, "app.py", "import gradio as gr\n\ndemo = gr.Interface(fn=lambda x: x, inputs=\"text\", outputs=\"text\")\n"
                + "demo.launch()\n");
        return dir;
    }

    /** A training job managed with uv, requiring Python 3.11. */
    static Path uvTraining(Path root) throws IOException {
        Path dir = root.resolve("churn-model");
        write(dir, "pyproject.toml", "[project]\nname = \"churn-model\"\nversion = \"0.3.0\"\n"
                + "requires-python = \">=3.11,<3.12\"\ndependencies = [\n    \"scikit-learn==1.6.0\",\n"
                + "    \"pandas==2.2.3\",\n]\n");
        write(dir, "uv.lock", "version = 1\n");
        write(dir, "train.py", "def main():\n    pass\n\n\nif __name__ == \"__main__\":\n    main()\n");
        return dir;
    }
}
