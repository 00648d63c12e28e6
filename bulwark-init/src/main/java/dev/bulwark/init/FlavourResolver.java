package dev.bulwark.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns the project's facts and the user's options into one {@link Flavour}, or says why it cannot. */
public final class FlavourResolver {
    /** The registry written when none is given and none can be read from the git remote. */
    public static final String PLACEHOLDER_REGISTRY = "registry.example.com";
    private static final Pattern REGISTRY = Pattern.compile(
            "[a-z0-9]+(?:[.-][a-z0-9]+)*(?::[0-9]+)?(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*");

    /**
     * @param gitRegistry the registry the repository's GitHub remote implies ({@code ghcr.io/owner}), if any
     * @throws IllegalArgumentException with a message for the user when an option cannot be honoured
     */
    public Flavour resolve(ProjectFacts facts, InitOptions options, Optional<String> gitRegistry, String version) {
        List<String> warnings = new ArrayList<>();
        Framework framework = facts.framework();
        Workload workload = options.workload().orElse(framework == Framework.NONE ? Workload.TRAIN : Workload.SERVE);
        if (workload == Workload.TRAIN && !framework.runsPythonApp()) {
            throw new IllegalArgumentException("--train: this project is a " + framework.label()
                    + " model repository, which only serves");
        }
        boolean gpu = options.gpu().orElse(facts.gpu().asksForGpu() || framework == Framework.TRITON);
        if (options.cuda().isPresent() && !gpu) {
            if (options.gpu().isPresent()) {
                throw new IllegalArgumentException("--cuda needs a GPU image: it cannot go with --cpu");
            }
            gpu = true;
        }
        if (framework == Framework.TRITON && !gpu) {
            warnings.add("Triton's published images are built for CUDA; the image runs on CPU too, but reserves no GPU");
        }
        Optional<BaseImages.CudaRelease> cuda = Optional.empty();
        if (gpu) {
            String wanted = options.cuda().orElse(facts.gpu().cuda().orElse(BaseImages.DEFAULT_CUDA));
            cuda = BaseImages.cuda(wanted);
            if (cuda.isEmpty()) {
                throw new IllegalArgumentException("--cuda " + wanted + ": no runtime image for it in the table ("
                        + BaseImages.cudaMinors() + "); pin one with --pin nvidia/cuda=TAG");
            }
            if (facts.gpu().cuda().isPresent() && !facts.gpu().cuda().get().equals(cuda.get().minor())) {
                warnings.add("the dependencies install CUDA " + facts.gpu().cuda().get() + " wheels ("
                        + facts.gpu().source() + ") but the image is CUDA " + cuda.get().minor()
                        + ": the driver must support both");
            }
            if (facts.gpu().cpuOnly()) {
                warnings.add("the dependencies install CPU-only wheels (" + facts.gpu().source()
                        + "): the GPU will not be used until they come from a CUDA index");
            }
        } else if (facts.gpu().asksForGpu()) {
            warnings.add("the dependencies ask for " + facts.gpu().framework().label() + " with CUDA ("
                    + facts.gpu().source() + ") but the image is CPU-only (--cpu)");
        }
        String minor = facts.python().orElse(BaseImages.DEFAULT_PYTHON);
        Optional<BaseImages.PythonRelease> python = BaseImages.python(minor);
        if (python.isEmpty()) {
            warnings.add("Python " + minor + " is not in the table; the image uses " + BaseImages.DEFAULT_PYTHON);
            python = BaseImages.python(BaseImages.DEFAULT_PYTHON);
        }
        int port = options.port().orElse(framework.defaultPort());
        String health = facts.healthPath().orElse(framework.defaultHealthPath());
        String registry = options.registry().orElse(gitRegistry.orElse(PLACEHOLDER_REGISTRY));
        while (registry.endsWith("/")) {
            registry = registry.substring(0, registry.length() - 1);
        }
        if (!REGISTRY.matcher(registry).matches()) {
            throw new IllegalArgumentException("--registry " + registry
                    + ": expected a registry host and optional path in lower case, such as ghcr.io/acme");
        }
        return new Flavour(facts, workload, gpu, cuda, python.orElseThrow(), port, health, registry, version,
                options.pins(), warnings);
    }
}
