package dev.bulwark.rules.lifecycle;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.rules.RuleOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the end-of-life rules say about the releases an image or a pin carries, on the run's date.
 * The four kinds of rule (system or runtime ended, ending soon, CUDA images removed, framework
 * unsupported) ask here with the image and the day, so a Dockerfile, a Compose service and a
 * Kubernetes container get the same verdict and the same words.
 */
public final class Lifecycles {
    /** The {@code window-days} option of the "ending soon" rules. */
    public static final String WINDOW = "window-days";
    /** A suggested release must stay supported at least this long after the run's date. */
    static final int SUGGESTION_MARGIN_DAYS = 90;

    private Lifecycles() {
    }

    public static RuleOption windowOption() {
        return RuleOption.integer(WINDOW, 90,
                "How many days before the end of support a release is reported as ending soon.");
    }

    /** The system and runtime releases of {@code image} whose support has ended on {@code day}. */
    public static List<Release> endedSystems(ImageName image, LocalDate day) {
        List<Release> out = new ArrayList<>();
        for (Release r : ImageReleases.of(image)) {
            if (isSystemOrRuntime(r) && !r.supportedOn(day)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The system and runtime releases of {@code image} still supported on {@code day} whose support ends within {@code days}. */
    public static List<Release> endingSystems(ImageName image, LocalDate day, int days) {
        List<Release> out = new ArrayList<>();
        for (Release r : ImageReleases.of(image)) {
            if (isSystemOrRuntime(r) && r.supportedOn(day) && !r.supportedOn(day.plusDays(days))) {
                out.add(r);
            }
        }
        return out;
    }

    /** The CUDA release of an NVIDIA CUDA image whose images are out of support on {@code day} (and so scheduled for deletion). */
    public static List<Release> endedCuda(ImageName image, LocalDate day) {
        List<Release> out = new ArrayList<>();
        for (Release r : ImageReleases.of(image)) {
            if (r.product() == Product.CUDA && !r.supportedOn(day)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The framework release a framework image ({@code pytorch/pytorch:1.13.1-…}) ships, when unsupported on {@code day}. */
    public static List<Release> endedFrameworks(ImageName image, LocalDate day) {
        List<Release> out = new ArrayList<>();
        for (Release r : ImageReleases.of(image)) {
            if (r.product().kind() == Product.Kind.FRAMEWORK && !r.supportedOn(day)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean isSystemOrRuntime(Release r) {
        return r.product().kind() == Product.Kind.OS || r.product().kind() == Product.Kind.RUNTIME;
    }

    /**
     * "image `python:3.8-slim-buster` runs Python 3.8, whose support ended on 2024-10-07: move to
     * Python 3.11 or later". {@code subject} names the image as the rule shows it.
     */
    public static String ended(String subject, Release r, LocalDate day) {
        StringBuilder m = new StringBuilder(subject).append(' ').append(verb(r)).append(' ').append(r.display())
                .append(", whose ").append(r.product().support()).append(r.estimated() ? " ended around " : " ended on ")
                .append(r.eol());
        estimate(m, r);
        extension(m, r, day);
        return m.append(": ").append(suggestion(r, day)).toString();
    }

    /** "…runs Python 3.10, whose support ends on 2026-10-31, in 30 days: plan the move to Python 3.11 or later". */
    public static String ending(String subject, Release r, LocalDate day) {
        long days = r.eol().toEpochDay() - day.toEpochDay();
        StringBuilder m = new StringBuilder(subject).append(' ').append(verb(r)).append(' ').append(r.display())
                .append(", whose ").append(r.product().support()).append(r.estimated() ? " ends around " : " ends on ")
                .append(r.eol());
        estimate(m, r);
        m.append(", in ").append(r.estimated() ? "about " : "").append(days).append(days == 1 ? " day" : " days");
        extension(m, r, day);
        return m.append(": plan the ").append(suggestion(r, day)).toString();
    }

    /**
     * A CUDA image out of NVIDIA's support: its line ended, or its patch release was superseded by
     * the line's last one. NVIDIA's policy schedules such tags for deletion six months after, but
     * its list of unsupported tags shows many still there, so the message says when they may go,
     * never that they are gone.
     */
    public static String endedCudaMessage(String subject, Release r, LocalDate day) {
        StringBuilder m = new StringBuilder(subject);
        boolean superseded = r.components().length > 2;
        if (superseded) {
            m.append(" is CUDA ").append(r.release()).append(", superseded by ").append(r.finalPatch())
                    .append(": NVIDIA supports only the last patch release of a CUDA version");
        } else {
            m.append(" is a CUDA ").append(r.release()).append(" image, which reached end of life on ")
                    .append(r.eol()).append(" under NVIDIA's container support policy");
        }
        m.append("; its tags get no fixes");
        if (r.removal() != null) {
            m.append(r.removal().isAfter(day) ? ", and NVIDIA's policy schedules them for deletion from Docker Hub and NGC on "
                    : ", and NVIDIA's policy lets them be deleted from Docker Hub and NGC at any time since ")
                    .append(r.removal());
        }
        if (superseded) {
            return m.append(": pin ").append(r.finalPatch()).append(" instead").toString();
        }
        Release next = EndOfLifeTable.newestCudaLine(r, day.plusDays(SUGGESTION_MARGIN_DAYS));
        if (next == null) {
            return m.append(": move to a supported CUDA release").toString();
        }
        return m.append(": move to a supported CUDA release such as ").append(next.finalPatch().isEmpty()
                ? next.release() : next.finalPatch()).toString();
    }

    /** "image `pytorch/pytorch:1.13.1-…` ships PyTorch 1.13, unsupported since 2023-03-15 (PyTorch fixes only its latest release): move to PyTorch 2.0 or later". */
    public static String endedFrameworkMessage(String subject, String verb, Release r, LocalDate day) {
        StringBuilder m = new StringBuilder(subject).append(' ').append(verb).append(' ').append(r.display())
                .append(", unsupported since ").append(r.eol());
        if (!r.product().note().isEmpty()) {
            m.append(" (").append(r.product().note()).append(')');
        }
        return m.append(": ").append(suggestion(r, day)).toString();
    }

    private static String verb(Release r) {
        switch (r.product().kind()) {
            case OS:
                return "is based on";
            case FRAMEWORK:
                return "ships";
            default:
                return "runs";
        }
    }

    // Ubuntu ESM, RHEL ELS: support that goes on for those who pay for it.
    private static void extension(StringBuilder m, Release r, LocalDate day) {
        if (r.extended() != null && r.extended().isAfter(day) && !r.product().note().isEmpty()) {
            m.append(" (").append(r.product().note()).append(" until ").append(r.extended()).append(')');
        }
    }

    // A release the table may not know to have ended is never named: a stale framework row, or a
    // row that ends within the margin, gives way to "the latest release", which is always true.
    private static String suggestion(Release r, LocalDate day) {
        String latest = "move to the latest " + r.product().display() + " release";
        if (r.product().cadenceDays() > 0 && !EndOfLifeTable.knowsLatest(r.product(), day)) {
            return latest;
        }
        Release next = EndOfLifeTable.nearestSupported(r, day.plusDays(SUGGESTION_MARGIN_DAYS));
        if (next == null) {
            // CentOS Linux ended with 8; its successors are other distributions.
            return r.product() == Product.CENTOS ? "move to Rocky Linux, AlmaLinux or UBI (CentOS Linux has no supported release)"
                    : latest;
        }
        return "move to " + next.display() + " or later";
    }

    // A date projected from the release cadence (Go's next release) is said to be one.
    private static void estimate(StringBuilder m, Release r) {
        if (r.estimated()) {
            m.append(" (an estimate from ").append(r.product().display()).append("'s release cadence)");
        }
    }
}
