package dev.bulwark.rules.project;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.project.Deployment;
import dev.bulwark.project.ProjectGraph;
import dev.bulwark.rules.dockerfile.BuiltImage;
import dev.bulwark.rules.dockerfile.CopyFromUnknownStage;
import dev.bulwark.rules.images.ChannelTags;
import dev.bulwark.rules.images.TagPrecision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Dockerfile findings the project graph proves needless, since a Dockerfile judged alone must
 * guess how its image runs. {@code root-user} (DF006): every place that runs the final stage sets
 * a non-root user, or the base image is built by another Dockerfile of the repository whose image
 * runs as a non-root user (the final stage sets no USER of its own, so it inherits that one).
 * {@code missing-healthcheck} (DF009): a place that runs the final stage checks its health (a
 * Compose {@code healthcheck:}, a liveness or readiness probe): the project chose to probe the
 * image from outside, and the same image may run in roles (a worker) where a baked probe would
 * fail. With no place known, nothing is waived. {@code copy-from-unknown-stage} (DF105): every
 * {@code --from} name that is no stage is a named context a declared build of the file passes. {@code untagged-image}, {@code latest-tag} and
 * {@code floating-channel-tag} (DF002, DF003, DF016), and {@code inexact-image-tag} (DF004) for
 * version tags that move: every floating FROM of the file names an
 * image that another Dockerfile of the repository builds under that name (its build script runs
 * first, its CI rebuilds the `nightly` builder): the float is the repository's own build order,
 * not a registry's tag moving under it.
 */
public final class GraphWaivers {
    public static final String ROOT_USER = "DF006";
    public static final String MISSING_HEALTHCHECK = "DF009";
    public static final String UNTAGGED_IMAGE = "DF002";
    public static final String LATEST_TAG = "DF003";
    public static final String FLOATING_CHANNEL_TAG = "DF016";
    public static final String INEXACT_IMAGE_TAG = "DF004";
    public static final String COPY_FROM_UNKNOWN_STAGE = "DF105";
    private static final int MAX_BASE_DEPTH = 4;

    private GraphWaivers() {
    }

    /** The codes whose findings on this Dockerfile the graph proves needless. */
    public static List<String> of(Path dockerfile, DockerfileModel model, ProjectGraph graph) {
        List<String> out = new ArrayList<>();
        if (CopyFromUnknownStage.reportsOnlyNamedContexts(model, graph.namedContextsOf(dockerfile))) {
            out.add(COPY_FROM_UNKNOWN_STAGE);
        }
        Optional<Stage> last = model.finalStage();
        if (last.isEmpty()) {
            return out;
        }
        List<Deployment> runs = runningFinalStage(graph.deploymentsOf(dockerfile), last.get());
        boolean allNonRoot = !runs.isEmpty();
        boolean anyChecked = false;
        for (Deployment d : runs) {
            allNonRoot &= Deployments.runsAsNonRoot(d).orElse(false);
            anyChecked |= Deployments.checksHealth(d);
        }
        if (allNonRoot || last.get().finalUser().isEmpty() && baseRunsAsNonRoot(dockerfile, graph)) {
            out.add(ROOT_USER);
        }
        if (anyChecked) {
            out.add(MISSING_HEALTHCHECK);
        }
        if (floatsOnlyOnOwnImages(dockerfile, model, graph)) {
            out.add(UNTAGGED_IMAGE);
            out.add(LATEST_TAG);
            out.add(FLOATING_CHANNEL_TAG);
        }
        if (inexactOnlyOnOwnImages(dockerfile, model, graph)) {
            out.add(INEXACT_IMAGE_TAG);
        }
        return out;
    }

    // The same for a version tag that moves (`local/openfl:local`, `fedml/fedml:light`): every
    // such FROM names an image another Dockerfile of the repository builds under that name.
    private static boolean inexactOnlyOnOwnImages(Path dockerfile, DockerfileModel model, ProjectGraph graph) {
        boolean inexact = false;
        for (Stage stage : model.stages()) {
            if (!(stage.base() instanceof ImageBase base) || !(base.ref() instanceof ImageName image)
                    || image.isPinnedByDigest() || TagPrecision.movingTagAdvice(image).isEmpty()) {
                continue;
            }
            if (!builtByAnother(dockerfile, base, graph)) {
                return false;
            }
            inexact = true;
        }
        return inexact;
    }

    private static boolean builtByAnother(Path dockerfile, ImageBase base, ProjectGraph graph) {
        Optional<Path> built = base.fullyResolved() ? graph.dockerfileFor(dockerfile, base.resolvedText())
                : Optional.empty();
        return built.isPresent() && !built.get().equals(dockerfile.toAbsolutePath().normalize());
    }

    private static boolean floatsOnlyOnOwnImages(Path dockerfile, DockerfileModel model, ProjectGraph graph) {
        boolean floating = false;
        for (Stage stage : model.stages()) {
            if (!(stage.base() instanceof ImageBase base) || !(base.ref() instanceof ImageName image)) {
                continue;
            }
            Optional<String> tag = image.tag();
            boolean floats = !image.isPinnedByDigest() && (tag.isEmpty() || tag.get().equals("latest")
                    || ChannelTags.channel(image).isPresent());
            if (!floats) {
                continue;
            }
            if (!builtByAnother(dockerfile, base, graph)) {
                return false;
            }
            floating = true;
        }
        return floating;
    }

    // Compose services that build another `target` stage run another image.
    private static List<Deployment> runningFinalStage(List<Deployment> all, Stage last) {
        List<Deployment> out = new ArrayList<>();
        for (Deployment d : all) {
            if (d instanceof Deployment.ComposeService c && c.target().isPresent()
                    && !c.target().get().equals(last.name().orElse(null))) {
                continue;
            }
            out.add(d);
        }
        return out;
    }

    // The base's image sets a non-root USER, or sets none and its own base (built here) does.
    private static boolean baseRunsAsNonRoot(Path dockerfile, ProjectGraph graph) {
        Path current = dockerfile;
        for (int depth = 0; depth < MAX_BASE_DEPTH; depth++) {
            Optional<Path> base = graph.baseBuiltBy(current);
            if (base.isEmpty()) {
                return false;
            }
            Optional<DockerfileModel> model = graph.model(base.get());
            Optional<BuiltImage> image = model.isPresent() ? BuiltImage.of(model.get(), Optional.empty())
                    : Optional.empty();
            if (image.isEmpty()) {
                return false;
            }
            if (image.get().user().isPresent()) {
                return image.get().setsNonRootUser();
            }
            current = base.get();
        }
        return false;
    }
}
