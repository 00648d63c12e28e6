package dev.bulwark.rules;

import java.util.Optional;

/**
 * The built-in rules grouped by what they check, which their code prefix says: the engine's own
 * diagnostics, Compose, Dockerfile and Kubernetes rules (each family with its parser's or loader's
 * diagnostic), build-context rules, imported scanner results and project rules (an image with the places that
 * run it). The engine creates a family's rules only when it meets a file of that kind, so a
 * check of one Dockerfile never loads the Compose and Kubernetes rules (bench/README.md,
 * "Start-up"). Declared in code order: {@code BW < CI < DC < DF < DI < IM < KU < PJ}.
 */
public enum RuleFamily {
    TOOL("BW"),
    WORKFLOW("CI"),
    COMPOSE("DC"),
    DOCKERFILE("DF"),
    CONTEXT("DI"),
    /** Findings imported from image vulnerability scanners ({@code check --import}). */
    IMAGE("IM"),
    KUBERNETES("KU"),
    PROJECT("PJ");

    private final String prefix;

    RuleFamily(String prefix) {
        this.prefix = prefix;
    }

    /** The two letters the codes of this family start with. */
    public String prefix() {
        return prefix;
    }

    /** The family of a rule code, by its prefix; empty for a prefix without built-in rules. */
    public static Optional<RuleFamily> ofCode(String code) {
        for (RuleFamily family : values()) {
            if (code.startsWith(family.prefix)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
