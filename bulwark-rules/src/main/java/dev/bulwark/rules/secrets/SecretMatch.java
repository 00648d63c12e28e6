package dev.bulwark.rules.secrets;

import dev.bulwark.core.TextRange;

/** A secret value found in a text: its kind and where it is (offsets into the scanned text). */
public record SecretMatch(SecretKind kind, TextRange range) {
}
