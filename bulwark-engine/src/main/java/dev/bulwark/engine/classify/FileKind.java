package dev.bulwark.engine.classify;

/** What an audited file is, which decides its parser, model and rules. */
public enum FileKind {
    DOCKERFILE,
    COMPOSE,
    KUBERNETES,
    /** A GitHub Actions workflow or a GitLab CI pipeline. */
    WORKFLOW
}
