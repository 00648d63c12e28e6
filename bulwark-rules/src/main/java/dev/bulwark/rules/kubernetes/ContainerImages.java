package dev.bulwark.rules.kubernetes;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.ImageOverride;
import dev.bulwark.kubernetes.Kustomization;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.images.OfficialImages;
import dev.bulwark.rules.setups.Setup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The image a container really runs, as far as the manifest set decides it, for the rules that
 * judge image references. A container's own {@code image:} is judged unless something else
 * decides what runs: the platform (a KServe model spec or TrainJob trainer without an image), a
 * kustomize {@code images:} entry that sets the tag or digest (the kustomization is judged
 * instead, see {@link #kustomizeTags}), or a placeholder a tool substitutes before the API sees
 * the manifest ({@code ${IMAGE}}, Argo's {@code {{inputs.parameters.image}}}, {@code IMAGE_URL},
 * {@code app:dummy}).
 */
final class ContainerImages {
    // Tags that say "replaced before deploy" rather than naming a build: kubebuilder and
    // Kubeflow manifests use `:dummy`, others `:placeholder`, `:TAG`, `:replace-me`.
    private static final Set<String> PLACEHOLDER_TAGS = Set.of("dummy", "placeholder", "replace", "replaceme",
            "replace-me", "replace_me", "changeme", "change-me", "change_me", "tag", "image-tag", "image_tag",
            "version", "xxx", "todo", "tbd", "override", "unset", "undefined", "none", "null");
    // Domains that only resolve on a developer's machine or inside a cluster.
    private static final List<String> LOCAL_DOMAINS = List.of(".local", ".localhost", ".internal", ".svc",
            ".cluster.local", ".test", ".localdomain", ".lan", ".home.arpa");
    // Words in an image name that say the same ("ignored-by-override", "image-placeholder").
    private static final List<String> PLACEHOLDER_NAME_WORDS = List.of("placeholder", "override", "replace-me",
            "replaceme", "changeme", "dummy-image", "image-url");

    /** A container image to judge: the parsed name (after a kustomize rename) and where it is written. */
    record Judged(ImageName image, Field field, Container container) {

        /** The image as written, for messages. */
        String display() {
            return "`" + field.textOrEmpty().strip() + "`";
        }

        /** How findings name the container that uses the image: "container `app` of Deployment `web`". */
        String ownerName() {
            return Owned.name(container);
        }
    }

    /** A kustomize {@code images[]} entry that sets a tag or digest: the reference it makes, and where. */
    record OverrideTag(ImageName image, Field at, ImageOverride override) {

        String display() {
            return "`" + image.familiar() + "`";
        }
    }

    private ContainerImages() {
    }

    /**
     * The judged images of every container (init containers too) of the file's objects, in
     * document order; none for a file of a test or local-cluster setup.
     */
    static List<Judged> judgedIn(ManifestFile file, ManifestSet set) {
        List<Judged> result = new ArrayList<>();
        if (isLocalClusterSetup(file)) {
            return result;
        }
        for (PodTemplate template : file.podTemplates()) {
            for (Container container : template.allContainers()) {
                Optional<Judged> judged = judged(container, set);
                if (judged.isPresent()) {
                    result.add(judged.get());
                }
            }
        }
        return result;
    }

    /** The tags a kustomization file's {@code images:} entries set; empty for a manifest file. */
    static List<OverrideTag> kustomizeTagsIn(ManifestFile file) {
        if (file.kustomization().isEmpty() || isLocalClusterSetup(file)) {
            return List.of();
        }
        return kustomizeTags(file.kustomization().get());
    }

    /**
     * True for a file of a test, CI or local-cluster setup ({@link Setup#TEST}): those manifests
     * describe throwaway clusters whose images the same run builds and loads (kind asks for
     * {@code IfNotPresent} and lets any tag do), so their tags pin no release.
     */
    static boolean isLocalClusterSetup(ManifestFile file) {
        return Setup.of(file.source().path()) == Setup.TEST;
    }

    /**
     * The container's image to judge; empty when the container names none, when the reference is a
     * placeholder or not a valid reference, or when a kustomization sets its tag or digest.
     */
    static Optional<Judged> judged(Container container, ManifestSet set) {
        if (container.image().isEmpty()) {
            return Optional.empty();
        }
        Field field = container.image().get();
        String text = field.textOrEmpty().strip();
        if (text.isEmpty() || isPlaceholderText(text)) {
            return Optional.empty();
        }
        String newName = null;
        for (ImageOverride o : set.imageOverridesFor(container)) {
            if (o.setsVersion()) {
                return Optional.empty();
            }
            if (newName == null && o.newName().isPresent() && !o.newName().get().textOrEmpty().isEmpty()) {
                newName = o.newName().get().textOrEmpty();
            }
        }
        String effective = newName == null ? text : newName + versionSuffix(text);
        ImageReference ref = ImageReference.parse(effective);
        if (!(ref instanceof ImageName name) || isPlaceholderName(name) || isLocal(name)) {
            return Optional.empty();
        }
        return Optional.of(new Judged(name, field, container));
    }

    /**
     * The tags and digests a kustomization's {@code images:} entries set (judged where they are
     * written, since they decide what runs in every container they match).
     */
    static List<OverrideTag> kustomizeTags(Kustomization kustomization) {
        List<OverrideTag> result = new ArrayList<>();
        for (ImageOverride o : kustomization.images()) {
            if (!o.setsVersion()) {
                continue;
            }
            String name = o.newName().isPresent() && !o.newName().get().textOrEmpty().isEmpty()
                    ? o.newName().get().textOrEmpty() : o.nameText();
            String tag = o.newTag().isPresent() ? o.newTag().get().textOrEmpty() : "";
            String digest = o.digest().isPresent() ? o.digest().get().textOrEmpty() : "";
            if (name.isEmpty() || isPlaceholderText(name) || isPlaceholderText(tag) || isPlaceholderText(digest)) {
                continue;
            }
            String reference = name + (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
            ImageReference ref = ImageReference.parse(reference);
            if (!(ref instanceof ImageName image) || isPlaceholderName(image) || isLocal(image)) {
                continue;
            }
            Field at = o.newTag().isPresent() ? o.newTag().get() : o.digest().get();
            result.add(new OverrideTag(image, at, o));
        }
        return result;
    }

    /**
     * The image that runs in the container, with the nearest kustomize override's name, tag and
     * digest applied: for rules that care what the image is (a database, a GPU build), not how
     * it is pinned. Empty when the container names no image or a placeholder.
     */
    static Optional<ImageName> running(Container container, ManifestSet set) {
        if (container.image().isEmpty()) {
            return Optional.empty();
        }
        String text = container.image().get().textOrEmpty().strip();
        if (text.isEmpty() || isPlaceholderText(text)) {
            return Optional.empty();
        }
        String reference = text;
        List<ImageOverride> overrides = set.imageOverridesFor(container);
        if (!overrides.isEmpty()) {
            ImageOverride o = overrides.get(0);
            String name = o.newName().isPresent() && !o.newName().get().textOrEmpty().isEmpty()
                    ? o.newName().get().textOrEmpty() : text.substring(0, text.length() - versionSuffix(text).length());
            String version = versionSuffix(text);
            if (o.setsVersion()) {
                String tag = o.newTag().isPresent() ? o.newTag().get().textOrEmpty() : "";
                String digest = o.digest().isPresent() ? o.digest().get().textOrEmpty() : "";
                version = (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
            }
            reference = name + version;
        }
        ImageReference ref = ImageReference.parse(reference);
        if (!(ref instanceof ImageName name) || isPlaceholderName(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * Images that never come from a release registry, whose tags pin nothing: one-word names Docker
     * Hub does not publish (built and loaded by kind, minikube, Tilt or Skaffold), and images in a
     * registry on the developer's machine or inside the cluster ({@code localhost:5000},
     * {@code kind-registry:5000}, {@code registry.local}).
     */
    static boolean isLocal(ImageName image) {
        if (OfficialImages.isLocalBuildName(image)) {
            return true;
        }
        String host = image.registry();
        if (host.startsWith("[")) {
            return true;
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("0.0.0.0") || host.indexOf('.') < 0) {
            return true;
        }
        for (String suffix : LOCAL_DOMAINS) {
            if (host.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code :tag} and {@code @digest} part of a reference, kept when kustomize renames the image. */
    private static String versionSuffix(String reference) {
        int at = reference.indexOf('@');
        String beforeDigest = at < 0 ? reference : reference.substring(0, at);
        int colon = beforeDigest.lastIndexOf(':');
        int start = colon > beforeDigest.lastIndexOf('/') ? colon : beforeDigest.length();
        return reference.substring(start);
    }

    /** Shell, Argo, Helm-style and angle-bracket placeholders, and names written in capitals ({@code IMAGE_URL}). */
    static boolean isPlaceholderText(String text) {
        if (text.indexOf('$') >= 0 || text.contains("{{") || text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return true;
        }
        return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT))
                && text.indexOf('/') < 0 && text.indexOf(':') < 0;
    }

    private static boolean isPlaceholderName(ImageName image) {
        String tag = image.tag().orElse("");
        if (PLACEHOLDER_TAGS.contains(tag.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String base = image.baseName();
        for (String word : PLACEHOLDER_NAME_WORDS) {
            if (base.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
