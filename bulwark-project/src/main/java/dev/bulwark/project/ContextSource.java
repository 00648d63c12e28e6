package dev.bulwark.project;

/** How a build context of a Dockerfile is known. */
public enum ContextSource {
    /** A Compose service's {@code build:} ({@code context}, {@code dockerfile}). */
    COMPOSE("compose"),
    /** A {@code docker-bake.hcl}/{@code .json} target. */
    BAKE("bake"),
    /** A {@code docker build} line in a Makefile or shell script. */
    SCRIPT("script"),
    /** A CI workflow step that builds the image ({@link WorkflowContexts}). */
    WORKFLOW("workflow"),
    /** Nothing declares it: the nearest folder up to the repository root where the COPY sources exist. */
    INFERRED("inferred");

    private final String id;

    ContextSource(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
