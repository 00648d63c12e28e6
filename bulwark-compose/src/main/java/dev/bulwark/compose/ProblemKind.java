package dev.bulwark.compose;

/**
 * What kind of problem the loader found, so the engine can map kinds to rule codes. All but
 * {@link #UNDEFINED_VARIABLE} make {@code docker compose} refuse the project.
 */
public enum ProblemKind {
    /** The YAML does not parse (reported from {@code bulwark-yaml}, for every file of the project). */
    YAML_SYNTAX(true),
    /** The model breaks the Compose schema: unknown key, wrong type, bad enum value, missing required key. */
    STRUCTURE(true),
    /** {@code $VAR} or {@code ${VAR}} with no value and no default: Compose warns and uses an empty string. */
    UNDEFINED_VARIABLE(false),
    /** {@code ${VAR:?err}} or {@code ${VAR?err}} with the variable missing. */
    REQUIRED_VARIABLE(true),
    /** A {@code ${...}} expression Compose cannot read ({@code ${}}, {@code ${1}}, {@code ${a/b}}). */
    INVALID_INTERPOLATION(true),
    /** A value of the right type Compose still cannot read: a port, volume or device spec, a duration, a byte size, a cast. */
    INVALID_VALUE(true),
    /** Two files give one attribute incompatible types (a mapping overridden by a list). */
    MERGE(true),
    /** {@code extends} names a missing service, an unreadable file, or forms a cycle. */
    EXTENDS(true),
    /** An {@code include} is unreadable or forms a cycle. */
    INCLUDE(true),
    /** The {@code .env} file or a service's {@code env_file} is unreadable or malformed. */
    ENV_FILE(true),
    /**
     * A file the project refers to does not exist: an {@code include}, an {@code extends} file, a
     * required {@code env_file}. Apart from the other kinds, since a repository often leaves a file
     * for users to create ({@code cp .env.example .env}) and that is not a syntax error.
     */
    MISSING_FILE(true),
    /** Input past bulwark's own bounds (nesting, recursion): the part past the bound is ignored. */
    LIMIT(true);

    private final boolean refusedByCompose;

    ProblemKind(boolean refusedByCompose) {
        this.refusedByCompose = refusedByCompose;
    }

    /** True when {@code docker compose} would refuse to run the project (false only for a mere warning). */
    public boolean refusedByCompose() {
        return refusedByCompose;
    }
}
