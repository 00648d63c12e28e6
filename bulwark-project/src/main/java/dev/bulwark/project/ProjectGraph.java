package dev.bulwark.project;

import dev.bulwark.compose.Build;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Comment;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project as one graph: which Dockerfile builds which image names (Compose {@code build} with
 * {@code image:}, bake {@code tags}, CI build tags, the configuration's {@code images:}), where
 * each Dockerfile's image runs (Compose services that build it or name its image, Kubernetes
 * containers that name it), which Dockerfile builds the base image another one starts
 * {@code FROM}, the named build contexts its declared builds pass, and whether those builds are
 * all throwaway CI builds (a test image the CI job builds, runs and drops). Names are matched within
 * one repository ({@link RepositoryRoots}) by {@link ImageKey}; a name that more than one
 * Dockerfile may build links to none, and a Compose service or container whose image is an
 * unresolved variable, or that a kustomization renames, is not linked. Built once per run, read concurrently afterwards.
 */
public final class ProjectGraph {
    /** A Dockerfile of the run. */
    public record DockerfileNode(Path file, DockerfileModel model) {
    }

    /** An image name a Dockerfile is built under, and who says so. */
    public record ImageBuild(Path dockerfile, String image, ImageKey key, String origin) {
    }

    private final Map<Path, List<Deployment>> deployments = new HashMap<>();
    private final Map<Path, List<ImageBuild>> names = new HashMap<>();
    private final Map<String, List<ImageBuild>> byRepository = new HashMap<>();
    private final Map<Path, Path> bases = new HashMap<>();
    private final Map<Path, DockerfileModel> models = new HashMap<>();
    private final Map<Path, Set<String>> namedContexts = new HashMap<>();
    // Per Dockerfile with declared builds: whether every one of them is a throwaway CI build.
    private final Map<Path, Boolean> throwaway = new HashMap<>();
    private final RepositoryRoots roots = new RepositoryRoots();

    private ProjectGraph() {
    }

    /**
     * @param dockerfiles   the Dockerfiles of the run (only they are linked)
     * @param declarations  the declared builds, with the image names they tag
     * @param compose       the loaded Compose projects
     * @param manifests     the Kubernetes manifest set, when there is one
     * @param configured    image names mapped to Dockerfiles by the configuration (absolute paths)
     */
    public static ProjectGraph of(List<DockerfileNode> dockerfiles, List<ContextDeclaration> declarations,
                                  List<ComposeProject> compose, Optional<ManifestSet> manifests,
                                  Map<String, Path> configured) {
        ProjectGraph g = new ProjectGraph();
        for (DockerfileNode d : dockerfiles) {
            g.models.put(d.file().toAbsolutePath().normalize(), d.model());
        }
        for (ContextDeclaration d : declarations) {
            if (!d.namedContexts().isEmpty()) {
                Set<String> names = g.namedContexts.get(d.dockerfile());
                if (names == null) {
                    names = new LinkedHashSet<>();
                    g.namedContexts.put(d.dockerfile(), names);
                }
                names.addAll(d.namedContexts());
            }
            for (String tag : d.tags()) {
                g.name(d.dockerfile(), tag, d.origin(), d.dockerfile());
            }
            Boolean all = g.throwaway.get(d.dockerfile());
            g.throwaway.put(d.dockerfile(), (all == null || all) && d.throwaway());
        }
        for (Map.Entry<String, Path> e : configured.entrySet()) {
            Path file = e.getValue().toAbsolutePath().normalize();
            g.name(file, e.getKey(), "the configuration's `images`", file);
        }
        for (ComposeProject p : compose) {
            g.composeServices(p);
        }
        if (manifests.isPresent()) {
            g.containers(manifests.get());
        }
        for (Map.Entry<Path, DockerfileModel> d : g.models.entrySet()) {
            Optional<Stage> last = d.getValue().finalStage();
            if (last.isPresent() && last.get().rootBase() instanceof ImageBase base && base.fullyResolved()) {
                Optional<Path> built = g.dockerfileFor(d.getKey(), base.resolvedText());
                if (built.isPresent() && !built.get().equals(d.getKey())) {
                    g.bases.put(d.getKey(), built.get());
                }
            }
        }
        return g;
    }

    /** Where the image of a Dockerfile runs, in Compose file and manifest order. */
    public List<Deployment> deploymentsOf(Path dockerfile) {
        List<Deployment> list = deployments.get(dockerfile.toAbsolutePath().normalize());
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The image names a Dockerfile is built under. */
    public List<ImageBuild> imagesOf(Path dockerfile) {
        List<ImageBuild> list = names.get(dockerfile.toAbsolutePath().normalize());
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The named build contexts some declared build of a Dockerfile passes (bake {@code contexts},
     * Compose {@code additional_contexts}): names {@code COPY --from} may use besides its stages.
     */
    public Set<String> namedContextsOf(Path dockerfile) {
        Set<String> names = namedContexts.get(dockerfile.toAbsolutePath().normalize());
        return names == null ? Set.of() : Set.copyOf(names);
    }

    /** The Dockerfile of the repository that builds the base image of a Dockerfile's final stage. */
    public Optional<Path> baseBuiltBy(Path dockerfile) {
        return Optional.ofNullable(bases.get(dockerfile.toAbsolutePath().normalize()));
    }

    /**
     * Whether a Dockerfile builds a throwaway CI image: it has declared builds, each one a CI step
     * whose image only its own job runs, unpublished ({@link ContextDeclaration#throwaway()}),
     * nothing deploys the image or builds on it, and the file does not tell its reader how to build
     * or run it ({@code # docker run --rm -it -p 8080:8888 -v $PWD:/workspace whylogs}: people use
     * it too). A test image, as if its path said so.
     */
    public boolean isThrowawayCiImage(Path dockerfile) {
        Path file = dockerfile.toAbsolutePath().normalize();
        Boolean all = throwaway.get(file);
        DockerfileModel model = models.get(file);
        if (all == null || !all || model == null || deployments.containsKey(file) || showsItsCommands(model)) {
            return false;
        }
        for (Path base : bases.values()) {
            if (base.equals(file)) {
                return false;
            }
        }
        return true;
    }

    private static boolean showsItsCommands(DockerfileModel model) {
        for (Comment c : model.file().comments()) {
            String text = c.text().startsWith("$ ") ? c.text().substring(2) : c.text();
            if (text.startsWith("docker build ") || text.startsWith("docker run ")) {
                return true;
            }
        }
        return false;
    }

    /** The model of a Dockerfile of the run. */
    public Optional<DockerfileModel> model(Path dockerfile) {
        return Optional.ofNullable(models.get(dockerfile.toAbsolutePath().normalize()));
    }

    /**
     * The one Dockerfile of the repository {@code from} belongs to that builds {@code image}; empty
     * when none does, or when several may.
     */
    public Optional<Path> dockerfileFor(Path from, String image) {
        Optional<ImageKey> key = ImageKey.of(image);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<ImageBuild> candidates = byRepository.get(roots.of(from) + "\n" + key.get().repository());
        if (candidates == null) {
            return Optional.empty();
        }
        Set<Path> files = new LinkedHashSet<>();
        for (ImageBuild b : candidates) {
            if (b.key().mayBe(key.get())) {
                files.add(b.dockerfile());
            }
        }
        return files.size() == 1 ? Optional.of(files.iterator().next()) : Optional.empty();
    }

    private void name(Path dockerfile, String image, String origin, Path scope) {
        Path file = dockerfile.toAbsolutePath().normalize();
        Optional<ImageKey> key = ImageKey.of(image);
        if (key.isEmpty() || !models.containsKey(file)) {
            return;
        }
        ImageBuild b = new ImageBuild(file, image.strip(), key.get(), origin);
        add(names, file, b);
        String k = roots.of(scope) + "\n" + key.get().repository();
        List<ImageBuild> list = byRepository.get(k);
        if (list == null) {
            list = new ArrayList<>();
            byRepository.put(k, list);
        }
        list.add(b);
    }

    private void composeServices(ComposeProject project) {
        for (Service service : project.services()) {
            Optional<Build> build = service.build();
            if (build.isPresent()) {
                Optional<Path> file = builtDockerfile(build.get());
                Optional<ComposeScalar> target = build.get().target();
                if (file.isPresent() && models.containsKey(file.get()) && (target.isEmpty() || !target.get().isUnresolved())) {
                    add(deployments, file.get(), new Deployment.ComposeService(project, service, file.get(),
                            target.isPresent() ? Optional.of(target.get().value().strip()) : Optional.empty(), false));
                }
                continue;
            }
            Optional<ComposeScalar> image = service.image();
            Optional<Path> dir = project.directory();
            if (image.isEmpty() || image.get().isUnresolved() || dir.isEmpty()) {
                continue;
            }
            Optional<Path> file = dockerfileFor(dir.get().resolve("compose.yaml"), ComposeContexts.imageName(image.get()));
            if (file.isPresent()) {
                add(deployments, file.get(), new Deployment.ComposeService(project, service, file.get(), Optional.empty(),
                        true));
            }
        }
    }

    private static Optional<Path> builtDockerfile(Build b) {
        if (b.isRemoteContext() || b.dockerfileInline().isPresent()
                || b.context().isPresent() && b.context().get().isUnresolved()
                || b.dockerfile().isPresent() && b.dockerfile().get().isUnresolved()) {
            return Optional.empty();
        }
        Optional<Path> file = b.dockerfilePath();
        return file.isPresent() ? Optional.of(file.get().toAbsolutePath().normalize()) : Optional.empty();
    }

    private void containers(ManifestSet set) {
        for (ManifestFile file : set.files()) {
            if (file.path().isEmpty()) {
                continue;
            }
            for (PodTemplate template : file.podTemplates()) {
                if (!template.hasPodSpec()) {
                    continue;
                }
                for (Container c : template.allContainers()) {
                    if (c.image().isEmpty() || c.imageFromRuntime() || !set.imageOverridesFor(c).isEmpty()) {
                        continue;
                    }
                    Optional<Path> dockerfile = dockerfileFor(file.path().get(), c.imageText());
                    if (dockerfile.isPresent()) {
                        add(deployments, dockerfile.get(), new Deployment.KubernetesContainer(set, c, dockerfile.get()));
                    }
                }
            }
        }
    }

    private static <T> void add(Map<Path, List<T>> map, Path key, T value) {
        List<T> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        list.add(value);
    }
}
