package dev.bulwark.rules.project;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.project.Deployment;
import dev.bulwark.project.ProjectGraph;
import dev.bulwark.rules.dockerfile.BuiltImage;
import dev.bulwark.rules.dockerfile.CopyFromUnknownStage;
import dev.bulwark.rules.dockerfile.FromImagePlaces;
import dev.bulwark.rules.images.ChannelTags;
import dev.bulwark.rules.images.TagPrecision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Dockerfile findings the project graph proves needless, since a Dockerfile judged alone must
 * guess how its image runs or where its names come from. Each {@link GraphWaiver} says where it
 * applies, so that a finding the graph does not vouch for is kept beside one it does.
 * <ul>
 * <li>{@code root-user} (DF006), for the whole file: every place that runs the final stage sets a
 * non-root user, or the base image is built by another Dockerfile of the repository whose image
 * runs as a non-root user (the final stage sets no USER of its own, so it inherits that one).</li>
 * <li>{@code missing-healthcheck} (DF009), for the whole file: a place that runs the final stage
 * checks its health (a Compose {@code healthcheck:}, a liveness or readiness probe): the project
 * chose to probe the image from outside, and the same image may run in roles (a worker) where a
 * baked probe would fail. With no place known, nothing is waived.</li>
 * <li>{@code copy-from-unknown-stage} (DF105), at each {@code --from} value that names a named
 * context a declared build of the file passes; a misspelt stage beside it stays an error.</li>
 * <li>{@code untagged-image}, {@code latest-tag} and {@code floating-channel-tag} (DF002, DF003,
 * DF016), and {@code inexact-image-tag} (DF004) for version tags that move, at each place the rule
 * reports a FROM image ({@link FromImagePlaces}: the image, the global ARG default several FROMs
 * share, the {@code *_VERSION=latest} ARG) when every image the rule may report there is one that
 * another Dockerfile of the repository builds under that name (its build script runs first, its
 * CI rebuilds the `nightly` builder): the float is the repository's own build order, not a
 * registry's tag moving under it. An ARG default that also reaches an image from elsewhere is
 * kept.</li>
 * </ul>
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

    /** Where the graph proves findings on this Dockerfile needless, at most one waiver per code. */
    public static List<GraphWaiver> of(Path dockerfile, DockerfileModel model, ProjectGraph graph) {
        List<GraphWaiver> out = new ArrayList<>();
        add(out, COPY_FROM_UNKNOWN_STAGE,
                CopyFromUnknownStage.namedContextReferences(model, graph.namedContextsOf(dockerfile)));
        addImageWaivers(dockerfile, model, graph, out);
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
            out.add(GraphWaiver.wholeFile(ROOT_USER));
        }
        if (anyChecked) {
            out.add(GraphWaiver.wholeFile(MISSING_HEALTHCHECK));
        }
        return out;
    }

    // A waiver with no place would waive the whole file.
    private static void add(List<GraphWaiver> out, String code, List<TextRange> places) {
        if (!places.isEmpty()) {
            out.add(new GraphWaiver(code, places));
        }
    }

    private static void addImageWaivers(Path dockerfile, DockerfileModel model, ProjectGraph graph,
                                        List<GraphWaiver> out) {
        List<FromImagePlaces.Place> places = FromImagePlaces.of(model);
        boolean[] own = new boolean[places.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = builtByAnother(dockerfile, places.get(i).text(), graph);
        }
        add(out, UNTAGGED_IMAGE, ownPlaces(UNTAGGED_IMAGE, places, own));
        add(out, LATEST_TAG, ownPlaces(LATEST_TAG, places, own));
        add(out, FLOATING_CHANNEL_TAG, ownPlaces(FLOATING_CHANNEL_TAG, places, own));
        add(out, INEXACT_IMAGE_TAG, ownPlaces(INEXACT_IMAGE_TAG, places, own));
    }

    // The places where every image the rule may report is the repository's own: one finding at an
    // ARG default stands for every FROM that default reaches, so one image from elsewhere keeps it.
    private static List<TextRange> ownPlaces(String code, List<FromImagePlaces.Place> places, boolean[] own) {
        List<TextRange> waived = new ArrayList<>();
        List<TextRange> kept = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            FromImagePlaces.Place p = places.get(i);
            if (mayReport(code, p.image())) {
                TextRange at = code.equals(INEXACT_IMAGE_TAG) ? p.inexact() : p.reference();
                if (own[i]) {
                    waived.add(at);
                } else {
                    kept.add(at);
                }
            }
        }
        waived.removeAll(kept);
        return waived;
    }

    // What the rule may report: a superset of what it does (it also spares release paths, stated
    // nightlies...), so that a place is never waived while an image from elsewhere is reported there.
    private static boolean mayReport(String code, ImageName image) {
        if (image.isPinnedByDigest()) {
            return false;
        }
        Optional<String> tag = image.tag();
        if (code.equals(UNTAGGED_IMAGE)) {
            return tag.isEmpty();
        }
        if (code.equals(LATEST_TAG)) {
            return tag.isPresent() && tag.get().equals("latest");
        }
        if (code.equals(FLOATING_CHANNEL_TAG)) {
            return ChannelTags.channel(image).isPresent();
        }
        return TagPrecision.movingTagAdvice(image).isPresent();
    }

    private static boolean builtByAnother(Path dockerfile, String image, ProjectGraph graph) {
        Optional<Path> built = graph.dockerfileFor(dockerfile, image);
        return built.isPresent() && !built.get().equals(dockerfile.toAbsolutePath().normalize());
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
