package dev.bulwark.init;

import java.util.List;

/**
 * The serving framework a project uses, found in its dependencies (a Python package) or its files
 * (a Triton model repository, a TorchServe configuration), with what the container needs to know
 * about it: the port it listens on and the path that answers when it is up.
 */
public enum Framework {
    BENTOML("BentoML", "bentoml", 3000, "/readyz"),
    GRADIO("Gradio", "gradio", 7860, "/"),
    STREAMLIT("Streamlit", "streamlit", 8501, "/_stcore/health"),
    FASTAPI("FastAPI", "fastapi", 8000, "/healthz"),
    FLASK("Flask", "flask", 8000, "/healthz"),
    TRITON("Triton Inference Server", "", 8000, "/v2/health/ready"),
    TORCHSERVE("TorchServe", "", 8080, "/ping"),
    /** No web framework: a script or a training job. */
    NONE("no web framework", "", 8000, "/healthz");

    /** The frameworks recognised by a Python dependency, the most specific first (BentoML uses FastAPI-like code). */
    static final List<Framework> BY_PACKAGE = List.of(BENTOML, GRADIO, STREAMLIT, FASTAPI, FLASK);

    private final String label;
    private final String pythonPackage;
    private final int defaultPort;
    private final String defaultHealthPath;

    Framework(String label, String pythonPackage, int defaultPort, String defaultHealthPath) {
        this.label = label;
        this.pythonPackage = pythonPackage;
        this.defaultPort = defaultPort;
        this.defaultHealthPath = defaultHealthPath;
    }

    public String label() {
        return label;
    }

    String pythonPackage() {
        return pythonPackage;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The path that answers once the server is up; for FastAPI and Flask the app must define it. */
    public String defaultHealthPath() {
        return defaultHealthPath;
    }

    /** True for the frameworks whose server the project's own Python code starts. */
    public boolean runsPythonApp() {
        return this != TRITON && this != TORCHSERVE;
    }
}
