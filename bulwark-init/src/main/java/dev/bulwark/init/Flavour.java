package dev.bulwark.init;

import java.util.List;
import java.util.Optional;

/**
 * Every decision the generated files depend on, made once from the project's facts and the
 * user's options ({@link FlavourResolver}); templates only render it.
 *
 * @param facts      what the project holds
 * @param workload   serve or train
 * @param gpu        whether the image runs on a GPU
 * @param cuda       the CUDA release of the runtime image, when {@code gpu}
 * @param python     the Python release
 * @param port       the port the server listens on (serve only)
 * @param healthPath the path the probes ask
 * @param registry   where the image is pushed ({@code ghcr.io/acme})
 * @param version    the image tag the Compose file and manifests name
 * @param pins       the user's pins, applied to every image reference
 * @param warnings   choices that contradict the project, for the user
 */
public record Flavour(
        ProjectFacts facts,
        Workload workload,
        boolean gpu,
        Optional<BaseImages.CudaRelease> cuda,
        BaseImages.PythonRelease python,
        int port,
        String healthPath,
        String registry,
        String version,
        Pins pins,
        List<String> warnings) {

    public Flavour {
        warnings = List.copyOf(warnings);
    }

    public String name() {
        return facts.name();
    }

    public boolean serve() {
        return workload == Workload.SERVE;
    }

    public Framework framework() {
        return facts.framework();
    }

    /** {@code ghcr.io/acme/churn}: the repository of the image this project builds. */
    public String imageRepository() {
        return registry + "/" + name();
    }

    public String image() {
        return imageRepository() + ":" + version;
    }

    /** One line for headers and the summary: "FastAPI server on CUDA 12.4, dependencies with uv". */
    public String summary() {
        String what = serve() ? framework().label() + " server" : "training job";
        if (serve() && framework() == Framework.NONE) {
            what = "Python server";
        }
        String on = gpu ? "on CUDA " + cuda.get().minor() : "on CPU";
        String deps = framework().runsPythonApp() ? ", dependencies with " + facts.packageManager().label() : "";
        return what + " " + on + deps;
    }
}
