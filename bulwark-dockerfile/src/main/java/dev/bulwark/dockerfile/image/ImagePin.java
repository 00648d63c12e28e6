package dev.bulwark.dockerfile.image;

import java.util.Optional;

/**
 * One pin: the image it is for ({@code image} as the user wrote it, {@code name} normalised:
 * {@code docker.io/library/python}) and the exact tag, digest or both every reference to that
 * image must use. Written {@code IMAGE=TAG}, {@code IMAGE=TAG@DIGEST}, {@code IMAGE=DIGEST}, or as
 * one reference {@code IMAGE:TAG}, {@code IMAGE@DIGEST}.
 */
public record ImagePin(String image, String name, Optional<String> tag, Optional<String> digest) {

    /** A pin that cannot be read; the message says why, without the place. */
    public static final class InvalidPinException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean aboutVersion;

        InvalidPinException(String message, boolean aboutVersion) {
            super(message);
            this.aboutVersion = aboutVersion;
        }

        /** True when the tag or digest is wrong, false when the image name is. */
        public boolean aboutVersion() {
            return aboutVersion;
        }
    }

    /** {@code IMAGE=VERSION} or a reference with a tag or digest ({@code --pin}). */
    public static ImagePin parse(String spec) throws InvalidPinException {
        int eq = spec.indexOf('=');
        if (eq >= 0) {
            return of(spec.substring(0, eq).strip(), spec.substring(eq + 1).strip());
        }
        ImageReference ref = ImageReference.parse(spec.strip());
        if (!(ref instanceof ImageName name) || name.tag().isEmpty() && name.digest().isEmpty()) {
            throw new InvalidPinException("`" + spec + "` is not a pin: write IMAGE=TAG, IMAGE=TAG@DIGEST or IMAGE@DIGEST"
                    + " (python=3.12.8-slim-bookworm)", false);
        }
        String text = spec.strip();
        String image = text.substring(0, ReferenceText.versionStart(text));
        return checked(image, name.name(), name.tag(), name.digest());
    }

    /** {@code image} without tag or digest; {@code version} a tag, a digest ({@code sha256:…}) or {@code TAG@DIGEST}. */
    public static ImagePin of(String image, String version) throws InvalidPinException {
        ImageReference key = ImageReference.parse(image);
        if (key instanceof InvalidImageReference invalid) {
            throw new InvalidPinException("`" + image + "` is not an image name: " + invalid.reason(), false);
        }
        ImageName name = (ImageName) key;
        if (name.tag().isPresent() || name.digest().isPresent()) {
            throw new InvalidPinException("`" + image + "` names a version: the image is pinned without one ("
                    + image.substring(0, ReferenceText.versionStart(image)) + ": "
                    + image.substring(ReferenceText.versionStart(image) + 1) + ")", false);
        }
        if (version.isEmpty()) {
            throw new InvalidPinException("the pin of `" + image + "` is empty: give an exact tag or digest", true);
        }
        boolean digestOnly = version.startsWith("@") || version.indexOf('@') < 0 && version.indexOf(':') >= 0;
        String reference = image + (digestOnly ? (version.startsWith("@") ? "" : "@") : ":") + version;
        ImageReference pinned = ImageReference.parse(reference);
        if (!(pinned instanceof ImageName full)) {
            throw new InvalidPinException("`" + version + "` is not a tag or digest for `" + image + "`: "
                    + ((InvalidImageReference) pinned).reason(), true);
        }
        return checked(image, name.name(), full.tag(), full.digest());
    }

    private static ImagePin checked(String image, String name, Optional<String> tag, Optional<String> digest)
            throws InvalidPinException {
        if (tag.isPresent() && tag.get().equals("latest") && digest.isEmpty()) {
            throw new InvalidPinException("`" + image + "` cannot be pinned to `latest`, which moves: give an exact tag or digest", true);
        }
        return new ImagePin(image, name, tag, digest);
    }

    /** What follows the image name in a pinned reference: {@code :TAG}, {@code @DIGEST} or {@code :TAG@DIGEST}. */
    public String suffix() {
        return (tag.isPresent() ? ":" + tag.get() : "") + (digest.isPresent() ? "@" + digest.get() : "");
    }

    /**
     * True when {@code ref} already uses this pin: the pin's digest when it has one (a tag beside
     * it may be left out, not differ), else the pin's tag (a digest beside it is then the user's
     * business: it names the image that tag had when it was written).
     */
    public boolean heldBy(ImageName ref) {
        if (digest.isPresent()) {
            return digest.get().equals(ref.digest().orElse(""))
                    && (tag.isEmpty() || ref.tag().isEmpty() || tag.get().equals(ref.tag().get()));
        }
        return tag.get().equals(ref.tag().orElse(""));
    }

    /** How messages show it: {@code python=3.12.8-slim}. */
    public String display() {
        return image + "=" + suffix().substring(1);
    }
}
