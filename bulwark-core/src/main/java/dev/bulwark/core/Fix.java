package dev.bulwark.core;

import java.util.List;

/**
 * How to repair one finding: text edits on the source the finding points into, applied together
 * or not at all, with their applicability and a one-line description ({@code "add
 * --no-install-recommends"}). {@link #NONE} stands for a finding without a fix.
 */
public record Fix(FixApplicability applicability, String description, List<TextEdit> edits) {

    public static final Fix NONE = new Fix(FixApplicability.NONE, "", List.of());

    public Fix {
        edits = List.copyOf(edits);
        if ((applicability == FixApplicability.NONE) != edits.isEmpty()) {
            throw new IllegalArgumentException("a fix has edits exactly when it is safe or unsafe");
        }
    }

    public static Fix safe(String description, TextEdit... edits) {
        return new Fix(FixApplicability.SAFE, description, List.of(edits));
    }

    public static Fix unsafe(String description, TextEdit... edits) {
        return new Fix(FixApplicability.UNSAFE, description, List.of(edits));
    }

    public boolean exists() {
        return applicability != FixApplicability.NONE;
    }

    /** The smallest range covering every edit; only for a fix that exists. */
    public TextRange footprint() {
        TextRange cover = edits.get(0).range();
        for (TextEdit edit : edits) {
            cover = cover.cover(edit.range());
        }
        return cover;
    }
}
