package dev.bulwark.rules.lifecycle;

import java.time.LocalDate;

/**
 * One row of the end-of-life table. {@code eol} is when the support the rules judge ends (null:
 * no end set yet); {@code extended} a later paid or partial support end (Ubuntu ESM, RHEL ELS), or
 * null; {@code removal} when the publisher's policy lets the release's images be deleted from their
 * registry (NVIDIA's CUDA images; a schedule, not a record of deletion), or null; {@code finalPatch} the last patch release of a line whose earlier patches are
 * unsupported (CUDA), or empty; {@code source} where the row was taken from. A plain class: rules
 * compare releases by identity and never print them whole.
 */
public final class Release {
    private final Product product;
    private final String release;
    private final String codename;
    private final LocalDate eol;
    private final LocalDate extended;
    private final LocalDate removal;
    private final String finalPatch;
    private final String source;
    private final int[] components;

    Release(Product product, String release, String codename, LocalDate eol, LocalDate extended, LocalDate removal,
            String finalPatch, String source) {
        this.product = product;
        this.release = release;
        this.codename = codename;
        this.eol = eol;
        this.extended = extended;
        this.removal = removal;
        this.finalPatch = finalPatch;
        this.source = source;
        this.components = Versions.components(release);
    }

    public Product product() {
        return product;
    }

    /** The release line as the project names it: {@code 3.8}, {@code 20.04}, {@code 11.3}, {@code 12.2.0}. */
    public String release() {
        return release;
    }

    /** Debian's and Ubuntu's code name in lower case ({@code buster}, {@code focal}); empty for others. */
    public String codename() {
        return codename;
    }

    public LocalDate eol() {
        return eol;
    }

    public LocalDate extended() {
        return extended;
    }

    public LocalDate removal() {
        return removal;
    }

    public String finalPatch() {
        return finalPatch;
    }

    public String source() {
        return source;
    }

    int[] components() {
        return components;
    }

    /**
     * Whether {@code eol} is projected rather than announced: the table marks such a row with
     * {@code (estimate} in its source (Go's releases end when the release two later ships, whose day
     * is known only from the February/August cadence).
     */
    public boolean estimated() {
        return eol != null && source.contains("(estimate");
    }

    /** How messages name it: "Python 3.8", "Debian 10 (buster)". */
    public String display() {
        String name = product.display() + " " + release;
        return codename.isEmpty() ? name : name + " (" + codename + ")";
    }

    /** Supported on {@code day}: no end set, or the end is after it. */
    public boolean supportedOn(LocalDate day) {
        return eol == null || eol.isAfter(day);
    }
}
