package dev.bulwark.kubernetes;

/** What is wrong with a manifest, for the engine to pick a code and severity. */
public enum ProblemKind {
    /** A document of a file that holds objects is not a mapping, or lacks {@code apiVersion}/{@code kind}. */
    NOT_AN_OBJECT,
    /** A field the API types unambiguously has the wrong YAML shape or scalar type. */
    WRONG_TYPE,
    /** A value the API rejects although its type is right (a resource quantity such as {@code 1GB}). */
    INVALID_VALUE
}
