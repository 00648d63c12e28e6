package dev.bulwark.compose;

import java.util.Objects;
import java.util.Optional;

/**
 * An image reference {@code [registry/]repository[:tag][@digest]} split into its parts. The
 * registry is the first path component when it looks like a host ({@code .}, {@code :} or
 * {@code localhost}), as Docker decides.
 */
public final class ImageRef {
    private final String text;
    private final Optional<String> registry;
    private final String repository;
    private final Optional<String> tag;
    private final Optional<String> digest;

    private ImageRef(String text, Optional<String> registry, String repository, Optional<String> tag,
                     Optional<String> digest) {
        this.text = text;
        this.registry = registry;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
    }

    public static ImageRef parse(String reference) {
        Objects.requireNonNull(reference, "reference");
        String rest = reference.trim();
        Optional<String> digest = Optional.empty();
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        Optional<String> tag = Optional.empty();
        int lastSlash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > lastSlash) {
            tag = Optional.of(rest.substring(colon + 1));
            rest = rest.substring(0, colon);
        }
        Optional<String> registry = Optional.empty();
        int firstSlash = rest.indexOf('/');
        if (firstSlash > 0) {
            String first = rest.substring(0, firstSlash);
            if (first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost")) {
                registry = Optional.of(first);
                rest = rest.substring(firstSlash + 1);
            }
        }
        return new ImageRef(reference, registry, rest, tag, digest);
    }

    /** The reference as given. */
    public String text() {
        return text;
    }

    public Optional<String> registry() {
        return registry;
    }

    /** The repository path without registry, tag or digest ({@code pytorch/pytorch}). */
    public String repository() {
        return repository;
    }

    public Optional<String> tag() {
        return tag;
    }

    public Optional<String> digest() {
        return digest;
    }

    /** The last path component of the repository ({@code pytorch} for {@code pytorch/pytorch}). */
    public String name() {
        int slash = repository.lastIndexOf('/');
        return slash < 0 ? repository : repository.substring(slash + 1);
    }

    /** No tag and no digest: Docker pulls {@code latest}. */
    public boolean isUntagged() {
        return tag.isEmpty() && digest.isEmpty();
    }

    @Override
    public String toString() {
        return "ImageRef[" + text + "]";
    }
}
