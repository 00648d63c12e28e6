package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.project.ScrapeTarget;
import dev.bulwark.rules.RuleOptions;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ComposeRule} checks: the loaded project and the rule's options. {@code partial} is
 * true for an overlay loaded without its base: its services may lack what the base would give
 * them, so "missing X" rules stay silent on it. {@code scrapeTargets} are the targets the
 * Prometheus configurations of the project's repository name ({@code prometheus.yml} files are
 * not Compose files, so the engine reads them for the project).
 */
public record ComposeContext(ComposeProject project, RuleOptions options, boolean partial,
                             List<ScrapeTarget> scrapeTargets) {

    public ComposeContext {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(scrapeTargets, "scrapeTargets");
    }

    public ComposeContext(ComposeProject project, RuleOptions options, boolean partial) {
        this(project, options, partial, List.of());
    }

    public ComposeContext(ComposeProject project, RuleOptions options) {
        this(project, options, false);
    }
}
