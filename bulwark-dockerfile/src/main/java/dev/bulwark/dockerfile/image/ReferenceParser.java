package dev.bulwark.dockerfile.image;

import java.util.Locale;
import java.util.Optional;

/**
 * The grammar of {@code github.com/distribution/reference} ({@code regexp.go},
 * {@code normalize.go}) plus the digest check of {@code go-digest}, as Docker applies them to a
 * {@code FROM} image. The grammar is matched by hand ({@link ReferenceGrammar}): every FROM goes
 * through here, and a regular expression would cost a cold start its compilation.
 */
final class ReferenceParser {
    private static final int NAME_TOTAL_LENGTH_MAX = 255;

    private static final String DEFAULT_DOMAIN = ImageName.DOCKER_HUB;
    private static final String LEGACY_DEFAULT_DOMAIN = "index.docker.io";
    private static final String OFFICIAL_PREFIX = "library/";

    private ReferenceParser() {
    }

    static ImageReference parse(String s) {
        if (s.indexOf('$') >= 0) {
            // not Docker's wording: an unexpanded variable is the usual cause in a Dockerfile
            return new InvalidImageReference(s, "invalid reference format: contains an unresolved variable");
        }
        if (s.length() == 64 && isLowerHex(s)) {
            return new InvalidImageReference(s,
                    "invalid repository name (" + s + "), cannot specify 64-byte hexadecimal strings");
        }
        String[] split = splitDockerDomain(s);
        String domain = split[0];
        String remainder = split[1];
        int tagSep = remainder.indexOf(':');
        String remote = tagSep >= 0 ? remainder.substring(0, tagSep) : remainder;
        if (!remote.toLowerCase(Locale.ROOT).equals(remote)) {
            return new InvalidImageReference(s,
                    "invalid reference format: repository name (" + remote + ") must be lowercase");
        }
        return parseCanonical(s, domain + "/" + remainder);
    }

    private static ImageReference parseCanonical(String raw, String s) {
        ReferenceGrammar.Reference m = ReferenceGrammar.reference(s);
        if (m == null) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (!lower.equals(s) && ReferenceGrammar.reference(lower) != null) {
                return new InvalidImageReference(raw, "invalid reference format: repository name must be lowercase");
            }
            return new InvalidImageReference(raw, "invalid reference format");
        }
        // The anchored name: a domain, then the path (distribution/reference's anchoredNameRegexp).
        String domain = ReferenceGrammar.domainOf(m.name());
        if (domain == null) {
            return new InvalidImageReference(raw, "invalid reference format");
        }
        String path = m.name().substring(domain.length() + 1);
        if (path.length() > NAME_TOTAL_LENGTH_MAX) {
            return new InvalidImageReference(raw, "repository name must not be more than 255 characters");
        }
        String digest = m.digest();
        if (digest != null) {
            Optional<String> problem = digestProblem(digest);
            if (problem.isPresent()) {
                return new InvalidImageReference(raw, problem.get());
            }
        }
        return new ImageName(raw, domain, path, m.tag(), digest);
    }

    /** {@code splitDockerDomain}: the first component is a registry only if it looks like a host. */
    private static String[] splitDockerDomain(String name) {
        int slash = name.indexOf('/');
        if (slash < 0) {
            return new String[] {DEFAULT_DOMAIN, OFFICIAL_PREFIX + name};
        }
        String maybeDomain = name.substring(0, slash);
        String maybeRemote = name.substring(slash + 1);
        String domain;
        String remote;
        if (maybeDomain.equals("localhost")) {
            domain = maybeDomain;
            remote = maybeRemote;
        } else if (maybeDomain.equals(LEGACY_DEFAULT_DOMAIN)) {
            domain = DEFAULT_DOMAIN;
            remote = maybeRemote;
        } else if (maybeDomain.indexOf('.') >= 0 || maybeDomain.indexOf(':') >= 0
                || !maybeDomain.toLowerCase(Locale.ROOT).equals(maybeDomain)) {
            // a dot or colon marks a host (or host:port); upper case cannot be a Hub namespace
            domain = maybeDomain;
            remote = maybeRemote;
        } else {
            domain = DEFAULT_DOMAIN;
            remote = name;
        }
        if (domain.equals(DEFAULT_DOMAIN) && remote.indexOf('/') < 0) {
            remote = OFFICIAL_PREFIX + remote;
        }
        return new String[] {domain, remote};
    }

    /** {@code go-digest} {@code Digest.Validate}, with the algorithms Docker registers. */
    private static Optional<String> digestProblem(String digest) {
        int colon = digest.indexOf(':');
        String algorithm = digest.substring(0, colon);
        String encoded = digest.substring(colon + 1);
        int length = switch (algorithm) {
            case "sha256" -> 64;
            case "sha384" -> 96;
            case "sha512" -> 128;
            default -> -1;
        };
        if (length < 0) {
            return Optional.of("unsupported digest algorithm");
        }
        if (encoded.length() != length) {
            return Optional.of("invalid checksum digest length");
        }
        if (!isLowerHex(encoded)) {
            return Optional.of("invalid checksum digest format");
        }
        return Optional.empty();
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
