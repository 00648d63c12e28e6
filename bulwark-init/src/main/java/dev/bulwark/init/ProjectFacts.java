package dev.bulwark.init;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link ProjectInspector} found in a project: nothing here is a choice yet (that is
 * {@link Flavour}), only evidence, each piece with where it came from for the summary.
 *
 * @param name            the project's name, usable as an image and Kubernetes name
 * @param packageManager  how the dependencies are installed
 * @param dependencyFiles the files the builder stage needs to install the dependencies, relative to the project
 * @param dependencies    normalised names of the declared dependencies (extras kept as {@code name[extra]} too)
 * @param framework       the serving framework found, {@link Framework#NONE} when none
 * @param entry           how the server is started, as found in the code
 * @param trainEntry      the training script
 * @param healthPath      a health route the code defines, when one was found
 * @param gpu             the CUDA evidence in the dependencies
 * @param python          the Python minor version the project asks for ({@code 3.12}), when it says
 * @param hashedRequirements whether every requirements file pins hashes ({@code --hash=}), so pip can require them
 * @param hasTests        whether there is a {@code tests/} folder or {@code test_*.py} file for CI to run
 * @param notes           what the inspection could not settle, for the user
 */
public record ProjectFacts(
        String name,
        PackageManager packageManager,
        List<String> dependencyFiles,
        Set<String> dependencies,
        Framework framework,
        Entry entry,
        Entry trainEntry,
        Optional<String> healthPath,
        GpuEvidence gpu,
        Optional<String> python,
        boolean hashedRequirements,
        boolean hasTests,
        List<String> notes) {

    public ProjectFacts {
        dependencyFiles = List.copyOf(dependencyFiles);
        dependencies = Set.copyOf(dependencies);
        notes = List.copyOf(notes);
    }

    public boolean dependsOn(String normalisedName) {
        return dependencies.contains(normalisedName);
    }

    /**
     * How the code is started: a module and attribute for ASGI/WSGI servers and BentoML
     * ({@code app.main:app}), or a script path ({@code app.py}); {@code source} is the file it was
     * found in, empty when it is a guess.
     */
    public record Entry(String target, String source, Optional<String> pythonPath) {
        static Entry guess(String target) {
            return new Entry(target, "", Optional.empty());
        }

        public boolean found() {
            return !source.isEmpty();
        }
    }

    /**
     * The deep-learning framework in the dependencies; whether they ask for its CUDA build (a
     * {@code …/whl/cu124} index, {@code tensorflow[and-cuda]}, {@code jax[cuda12]}), the CUDA
     * release its wheels target ({@code 12.4}), whether they ask for CPU-only builds
     * ({@code …/whl/cpu}), and the text that says so.
     */
    public record GpuEvidence(GpuFramework framework, boolean cudaBuild, Optional<String> cuda, boolean cpuOnly,
                              String source) {
        static GpuEvidence none() {
            return new GpuEvidence(GpuFramework.NONE, false, Optional.empty(), false, "");
        }

        public boolean asksForGpu() {
            return cudaBuild && !cpuOnly;
        }
    }
}
