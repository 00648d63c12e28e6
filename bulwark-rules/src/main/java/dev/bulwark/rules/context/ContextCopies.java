package dev.bulwark.rules.context;

import dev.bulwark.core.Span;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.project.CopyGlob;
import dev.bulwark.rules.dockerfile.ContextSourceWords;
import java.util.ArrayList;
import java.util.List;

/**
 * For each COPY/ADD context source of a build, the notable entries of the context it really
 * copies: a source copies a path when it (with Docker's wildcards, {@code **} not special) matches
 * the path or one of its folders; {@code .} copies everything the context sends. Entries the
 * ignore file excludes are not in the facts, so they are never copied.
 */
public final class ContextCopies {
    /** One source and what it copies. */
    public record Copy(ContextSourceWords.SourceWord source, String path, Span at, List<ContextFacts.Notable> copied) {
    }

    private ContextCopies() {
    }

    public static List<Copy> of(ContextCheck ctx) {
        List<Copy> out = new ArrayList<>();
        for (ContextSourceWords.SourceWord s : ContextSourceWords.of(ctx.model())) {
            String path = DockerignoreFile.normalize(s.path());
            if (path.startsWith("../") || path.equals("..")) {
                continue;
            }
            List<ContextFacts.Notable> copied = new ArrayList<>();
            for (ContextFacts.Notable n : ctx.facts().notable()) {
                if (CopyGlob.copies(path, n.path())) {
                    copied.add(n);
                }
            }
            out.add(new Copy(s, path, new Span(ctx.dockerfile(), s.word().range()), copied));
        }
        return out;
    }

    /** A size for a message: {@code 3.2 GB}, {@code 12 MB}, {@code 900 kB}, {@code 12 B}; "size unknown" when not known. */
    public static String size(long bytes, boolean known) {
        if (!known) {
            return bytes > 0 ? "over " + size(bytes, true) : "size unknown";
        }
        if (bytes >= 1_000_000_000L) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        if (bytes >= 1_000_000L) {
            return (bytes / 1_000_000L) + " MB";
        }
        if (bytes >= 1_000L) {
            return (bytes / 1_000L) + " kB";
        }
        return bytes + " B";
    }
}
