package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.compose.ProblemKind;
import dev.bulwark.compose.Service;
import dev.bulwark.core.Span;

/**
 * Whether a rule may say that something is missing. An overlay loaded without its base
 * ({@link ComposeContext#partial()}) lacks what the base gives its services; a service whose
 * {@code extends} base could not be loaded lacks what the base gives it; a project with an
 * {@code include} that could not be loaded lacks the included services. "Missing X" rules ask
 * here and stay silent when the answer is no.
 */
public final class Completeness {
    private Completeness() {
    }

    /** True when everything the service would get from bases and overrides is in the model. */
    public static boolean isWhole(ComposeContext ctx, Service service) {
        if (ctx.partial()) {
            return false;
        }
        for (ComposeProblem p : ctx.project().problems()) {
            // A base that failed to load, or whose file (or the service's env file) is missing.
            boolean broken = p.kind() == ProblemKind.EXTENDS || p.kind() == ProblemKind.MISSING_FILE;
            if (broken && inside(service, p.span())) {
                return false;
            }
        }
        return true;
    }

    /** True when every service of the project is in the model: not an overlay alone, every include loaded. */
    public static boolean hasAllServices(ComposeContext ctx) {
        if (ctx.partial()) {
            return false;
        }
        for (ComposeProblem p : ctx.project().problems()) {
            // An include that failed to load or is missing (a missing file outside every service).
            if (p.kind() == ProblemKind.INCLUDE || p.kind() == ProblemKind.MISSING_FILE && !insideAny(ctx, p.span())) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideAny(ComposeContext ctx, Span span) {
        for (Service service : ctx.project().services()) {
            if (inside(service, span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Service service, Span span) {
        if (service.nameSpan().contains(span)) {
            return true;
        }
        for (Span s : service.definitions()) {
            if (s.contains(span)) {
                return true;
            }
        }
        return false;
    }
}
