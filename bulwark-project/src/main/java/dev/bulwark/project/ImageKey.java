package dev.bulwark.project;

import java.util.Locale;
import java.util.Optional;

/**
 * An image name as the project graph compares it: the repository path without the registry host,
 * the tag or the digest, lower-cased ({@code ghcr.io/acme/api:1.2} and {@code acme/api:${TAG}}
 * are both {@code acme/api}), and the tag when it is written and literal. A registry written as a
 * variable ({@code ${REGISTRY}/acme/api}) is dropped like a host; a variable anywhere in the
 * repository path leaves nothing to compare.
 */
public record ImageKey(String repository, Optional<String> tag) {

    public static Optional<ImageKey> of(String written) {
        String s = written.strip();
        if (s.length() > 1 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1);
        }
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        Optional<String> tag = Optional.empty();
        // A colon after the last slash starts a tag; one before it is a registry port. A colon
        // inside `${VAR:-default}` is neither.
        if (colon > slash && !insideBraces(s, colon)) {
            String t = s.substring(colon + 1);
            tag = t.isEmpty() || t.contains("$") ? Optional.empty() : Optional.of(t);
            s = s.substring(0, colon);
        } else if (s.endsWith("}") && s.lastIndexOf(":$") > slash) {
            s = s.substring(0, s.lastIndexOf(":$"));
        }
        String[] parts = s.split("/", -1);
        int first = 0;
        if (parts.length > 1 && isRegistry(parts[0])) {
            first = 1;
        }
        StringBuilder repo = new StringBuilder();
        for (int i = first; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.contains("$") || p.contains("{") || p.contains(" ")) {
                return Optional.empty();
            }
            if (repo.length() > 0) {
                repo.append('/');
            }
            repo.append(p);
        }
        String r = repo.toString().toLowerCase(Locale.ROOT);
        if (r.startsWith("library/") && r.indexOf('/', 8) < 0) {
            r = r.substring(8);
        }
        return r.isEmpty() ? Optional.empty() : Optional.of(new ImageKey(r, tag));
    }

    /** Whether both may name the same image: the same repository, and tags that are equal or not both known. */
    public boolean mayBe(ImageKey other) {
        if (!repository.equals(other.repository)) {
            return false;
        }
        return tag.isEmpty() || other.tag.isEmpty() || tag.get().equals(other.tag.get());
    }

    private static boolean isRegistry(String part) {
        return part.contains(".") || part.contains(":") || part.equals("localhost") || part.contains("$");
    }

    private static boolean insideBraces(String s, int index) {
        int open = s.lastIndexOf("${", index);
        return open >= 0 && s.indexOf('}', open) > index;
    }
}
