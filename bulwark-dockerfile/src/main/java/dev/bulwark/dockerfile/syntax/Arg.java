package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;

/**
 * One element of a JSON exec-form array (spec 1.6): the decoded string value, and the range of
 * the JSON string literal (quotes included) in the source.
 */
public record Arg(String value, TextRange range) {
}
