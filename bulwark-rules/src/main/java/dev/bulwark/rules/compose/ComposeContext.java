package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.rules.RuleOptions;
import java.util.Objects;

/**
 * What a {@link ComposeRule} checks: the loaded project and the rule's options. {@code partial} is
 * true for an overlay loaded without its base: its services may lack what the base would give
 * them, so "missing X" rules stay silent on it.
 */
public record ComposeContext(ComposeProject project, RuleOptions options, boolean partial) {

    public ComposeContext {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(options, "options");
    }

    public ComposeContext(ComposeProject project, RuleOptions options) {
        this(project, options, false);
    }
}
