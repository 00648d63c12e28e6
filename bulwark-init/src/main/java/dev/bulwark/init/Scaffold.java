package dev.bulwark.init;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a setup for one {@link Flavour}: the templates under {@code templates/} rendered
 * with the flavour's values and flags. Every decision is made here or in the flavour, never in a
 * template, so a template shows the file it becomes.
 */
public final class Scaffold {
    static final String DIGEST_REASON = "tag-pinned until you pin the digest you tested: "
            + "bulwark init --pin IMAGE=TAG@sha256:… (docker buildx imagetools inspect IMAGE prints it)";
    static final String IMAGE_DIGEST_REASON = "the digest exists once CI pushes the image: "
            + "deploy IMAGE@sha256:… as the push step reports it";
    static final String HASH_REASON = "requirements.txt has no hashes yet: pip-compile --generate-hashes "
            + "(or uv pip compile --generate-hashes), then init again with --force";
    /** Hugging Face and PyTorch caches, kept on the model volume rather than in a read-only home. */
    private static final List<String> HF_PACKAGES = List.of("transformers", "huggingface-hub", "diffusers",
            "sentence-transformers", "datasets", "accelerate");

    private final Flavour flavour;

    public Scaffold(Flavour flavour) {
        this.flavour = flavour;
    }

    /** The setup's files, in the order they are listed to the user. */
    public List<GeneratedFile> files() {
        Map<String, String> values = values();
        Set<String> flags = flags();
        List<GeneratedFile> files = new ArrayList<>();
        String dockerfile = switch (flavour.framework()) {
            case TRITON -> "Dockerfile.triton";
            case TORCHSERVE -> "Dockerfile.torchserve";
            default -> "Dockerfile.python";
        };
        files.add(render("Dockerfile", dockerfile, values, flags));
        files.add(render(".dockerignore", "dockerignore", values, flags));
        files.add(render("compose.yaml", "compose.yaml", values, flags));
        files.add(render(manifestPath(), flavour.serve() ? "k8s-serve.yaml" : "k8s-train.yaml", values, flags));
        files.add(render(".github/workflows/image.yml", "workflow.yaml", values, flags));
        return files;
    }

    private String manifestPath() {
        return "k8s/" + flavour.name() + (flavour.serve() ? "" : "-train") + ".yaml";
    }

    private static GeneratedFile render(String path, String template, Map<String, String> values, Set<String> flags) {
        return new GeneratedFile(path, Template.resource(template).render(values, flags));
    }

    private Set<String> flags() {
        Set<String> flags = new HashSet<>();
        ProjectFacts facts = flavour.facts();
        flags.add(flavour.gpu() ? "gpu" : "cpu");
        flags.add(flavour.workload().label());
        PackageManager manager = facts.packageManager();
        flags.add(manager.label());
        boolean requirements = facts.dependencyFiles().contains("requirements.txt");
        if (manager == PackageManager.PIP) {
            flags.add(requirements ? "pipRequirements" : "pipProject");
        }
        if (facts.hashedRequirements()) {
            flags.add("hashed");
        }
        if (flavour.gpu() || manager == PackageManager.UV) {
            flags.add("needsUv");
        }
        // PyTorch data loaders and NCCL exchange tensors through /dev/shm; training on a GPU needs more than 64 MB.
        if (flavour.gpu() && !flavour.serve()) {
            flags.add("shm");
        }
        if (builder().pinnedByDigest()) {
            flags.add("builderDigest");
        }
        if (runtime().pinnedByDigest()) {
            flags.add("runtimeDigest");
        }
        if (BaseImages.UV.pinnedBy(flavour.pins()).pinnedByDigest()) {
            flags.add("uvDigest");
        }
        return flags;
    }

    private ImageRef builder() {
        if (flavour.gpu()) {
            return flavour.cuda().orElseThrow().runtime().pinnedBy(flavour.pins());
        }
        return flavour.python().builder().pinnedBy(flavour.pins());
    }

    private ImageRef runtime() {
        return switch (flavour.framework()) {
            case TRITON -> BaseImages.TRITON.pinnedBy(flavour.pins());
            case TORCHSERVE -> (flavour.gpu() ? BaseImages.TORCHSERVE_GPU : BaseImages.TORCHSERVE_CPU)
                    .pinnedBy(flavour.pins());
            default -> flavour.gpu() ? flavour.cuda().orElseThrow().runtime().pinnedBy(flavour.pins())
                    : flavour.python().runtime().pinnedBy(flavour.pins());
        };
    }

    private Map<String, String> values() {
        ProjectFacts facts = flavour.facts();
        Map<String, String> v = new HashMap<>();
        v.put("name", flavour.name());
        v.put("service", flavour.serve() ? "app" : "train");
        v.put("summary", flavour.summary());
        v.put("digestReason", DIGEST_REASON);
        v.put("imageDigestReason", IMAGE_DIGEST_REASON);
        v.put("hashReason", HASH_REASON);
        v.put("uvImage", BaseImages.UV.pinnedBy(flavour.pins()).reference());
        v.put("builderImage", builder().reference());
        v.put("runtimeImage", runtime().reference());
        v.put("pythonVersion", flavour.python().version());
        v.put("pythonMinor", flavour.python().minor());
        v.put("poetryVersion", BaseImages.POETRY_VERSION);
        v.put("pytestVersion", BaseImages.PYTEST_VERSION);
        v.put("uvVersion", BaseImages.UV_VERSION);
        v.put("venvCommand", flavour.gpu() ? "uv venv --seed --python " + flavour.python().version() : "python -m venv");
        v.put("requireHashes", facts.hashedRequirements() ? "--require-hashes " : "");
        v.put("dependencyMounts", dependencyMounts(facts));
        v.put("pipInstallArgs", facts.dependencyFiles().contains("requirements.txt") ? "-r requirements.txt" : ".");
        v.put("runtimeEnv", continued(runtimeEnv(), "    "));
        v.put("composeEnv", composeEnv());
        v.put("k8sEnv", k8sEnv());
        v.put("command", command());
        v.put("port", Integer.toString(flavour.port()));
        v.put("healthPath", flavour.framework() == Framework.TRITON ? "/v2/health/ready" : flavour.healthPath());
        v.put("healthPython", flavour.framework() == Framework.TRITON ? "python3" : "python");
        // Model servers load a model before they answer: give them minutes, not seconds.
        v.put("startPeriod", flavour.gpu() || !flavour.framework().runsPythonApp() ? "300s" : "60s");
        v.put("image", flavour.image());
        v.put("imageRepository", flavour.imageRepository());
        v.put("manifestPath", manifestPath());
        v.put("storage", flavour.serve() ? "10Gi" : "50Gi");
        v.put("replicas", flavour.gpu() ? "1" : "2");
        v.put("cpuRequest", flavour.gpu() ? "2" : "500m");
        v.put("cpuLimit", flavour.gpu() ? "8" : "2");
        v.put("memoryLimit", flavour.gpu() ? "16g" : "4g");
        v.put("memoryRequestK8s", flavour.gpu() ? "8Gi" : "2Gi");
        v.put("memoryLimitK8s", flavour.gpu() ? "16Gi" : "4Gi");
        String host = flavour.registry().contains("/") ? flavour.registry().substring(0, flavour.registry().indexOf('/'))
                : flavour.registry();
        v.put("registryHost", host);
        boolean ghcr = host.equals("ghcr.io");
        v.put("registryUser", ghcr ? "${{ github.actor }}" : "${{ vars.REGISTRY_USERNAME }}");
        v.put("registrySecret", ghcr ? "GITHUB_TOKEN" : "REGISTRY_PASSWORD");
        v.put("checkoutAction", ActionPins.CHECKOUT.uses());
        v.put("setupPythonAction", ActionPins.SETUP_PYTHON.uses());
        v.put("setupBuildxAction", ActionPins.SETUP_BUILDX.uses());
        v.put("buildPushAction", ActionPins.BUILD_PUSH.uses());
        v.put("loginAction", ActionPins.LOGIN.uses());
        v.put("trivyAction", ActionPins.TRIVY.uses());
        return v;
    }

    /** One {@code --mount=type=bind} line per dependency file, each ending in a continuation. */
    private static String dependencyMounts(ProjectFacts facts) {
        StringBuilder out = new StringBuilder();
        for (String file : facts.dependencyFiles()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("    --mount=type=bind,source=").append(file).append(",target=").append(file).append(" \\");
        }
        return out.toString();
    }

    /** The variables of the runtime image besides Python's own, as {@code NAME=value}. */
    private List<String> runtimeEnv() {
        List<String> env = new ArrayList<>();
        env.add("MODEL_DIR=/models");
        env.addAll(sharedEnv());
        if (flavour.facts().entry().pythonPath().isPresent()) {
            env.add("PYTHONPATH=" + flavour.facts().entry().pythonPath().get());
        }
        return env;
    }

    /** Variables every runtime needs, in the image, Compose and Kubernetes alike. */
    private List<String> sharedEnv() {
        List<String> env = new ArrayList<>();
        if (flavour.serve() && flavour.framework() == Framework.GRADIO) {
            env.add("GRADIO_SERVER_NAME=0.0.0.0");
            env.add("GRADIO_SERVER_PORT=" + flavour.port());
        }
        for (String p : HF_PACKAGES) {
            if (flavour.facts().dependsOn(p)) {
                env.add("HF_HOME=/models/huggingface");
                if (flavour.serve()) {
                    // A server reads the model from the read-only volume; it never downloads at run time.
                    env.add("HF_HUB_OFFLINE=1");
                }
                break;
            }
        }
        return env;
    }

    private static String continued(List<String> assignments, String indent) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < assignments.size(); i++) {
            out.append(indent).append(assignments.get(i)).append(i + 1 < assignments.size() ? " \\\n" : "");
        }
        return out.toString();
    }

    private String composeEnv() {
        StringBuilder out = new StringBuilder();
        for (String assignment : sharedEnv()) {
            int eq = assignment.indexOf('=');
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("      ").append(assignment, 0, eq).append(": \"").append(assignment.substring(eq + 1)).append('"');
        }
        return out.toString();
    }

    private String k8sEnv() {
        StringBuilder out = new StringBuilder();
        for (String assignment : sharedEnv()) {
            int eq = assignment.indexOf('=');
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("            - name: ").append(assignment, 0, eq).append('\n')
                    .append("              value: \"").append(assignment.substring(eq + 1)).append('"');
        }
        return out.toString();
    }

    /** The exec-form CMD: the server for the framework, or the training script. */
    private String command() {
        String port = Integer.toString(flavour.port());
        String target = flavour.facts().entry().target();
        List<String> words = new ArrayList<>();
        if (!flavour.serve()) {
            words.add("python");
            words.add(flavour.facts().trainEntry().target());
            return json(words);
        }
        switch (flavour.framework()) {
            case FASTAPI -> words.addAll(List.of("uvicorn", target, "--host", "0.0.0.0", "--port", port));
            case FLASK -> words.addAll(List.of("gunicorn", "--bind", "0.0.0.0:" + port, target));
            case BENTOML -> words.addAll(List.of("bentoml", "serve", target, "--host", "0.0.0.0", "--port", port));
            case STREAMLIT -> words.addAll(List.of("streamlit", "run", target, "--server.address=0.0.0.0",
                    "--server.port=" + port, "--server.headless=true"));
            default -> words.addAll(List.of("python", target));
        }
        return json(words);
    }

    private static String json(List<String> words) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : ", ").append('"').append(words.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append(']').toString();
    }
}
