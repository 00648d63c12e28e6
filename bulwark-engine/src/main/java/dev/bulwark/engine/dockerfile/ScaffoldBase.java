package dev.bulwark.engine.dockerfile;

import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.dockerfile.BaseNames;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import java.util.Optional;

/**
 * The FROM of a scaffold, a Dockerfile nobody builds as it stands because its base image is left
 * to fill in: blank (a homework's {@code FROM}), or an upper-case placeholder that a template
 * engine or {@code sed} replaces ({@code FROM DEV_IMAGE}, {@link BaseNames}). Such a file is judged
 * for syntax and secrets only, and the syntax error on that FROM says so: one finding that tells
 * why, where the rest would guess at an image that is not there.
 */
record ScaffoldBase(FromInstruction from, String why) {

    static Optional<ScaffoldBase> of(Dockerfile dockerfile) {
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof FromInstruction from && from.image().text().isEmpty()) {
                return Optional.of(new ScaffoldBase(from, "the base image is left blank to fill in"));
            }
        }
        Optional<BaseNames.Refused> refused = BaseNames.firstRefused(dockerfile);
        if (refused.isPresent() && refused.get().placeholder()) {
            FromInstruction from = refused.get().from();
            return Optional.of(new ScaffoldBase(from,
                    "`" + from.image().text() + "` reads as a placeholder that a template fills in"));
        }
        return Optional.empty();
    }

    /** The problem's message, with why the file is judged for syntax and secrets only when it is this FROM's. */
    String explain(SyntaxProblem problem) {
        if (!from.range().contains(problem.range().start())) {
            return problem.message();
        }
        return problem.message() + "; " + why + ", so only syntax and secrets are judged until it is";
    }
}
