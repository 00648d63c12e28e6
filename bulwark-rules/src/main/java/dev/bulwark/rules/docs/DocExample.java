package dev.bulwark.rules.docs;

/**
 * A fenced code block from a rule doc whose info string is {@code <language> bad} or
 * {@code <language> good}. Bad examples must make the rule fire, good ones must not; the tests
 * run every one of them. {@code line} is the 1-based line of the opening fence in the doc.
 */
public record DocExample(String language, Verdict verdict, String code, int line) {

    /** Whether the example shows the flagged pattern or its fix. */
    public enum Verdict {
        BAD,
        GOOD
    }
}
