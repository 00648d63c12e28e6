package dev.bulwark.rules;

import dev.bulwark.core.TextRange;
import java.util.List;

/** A finding as a rule reported it in a test: the rule's code, range, message and secret ranges. */
public record Reported(String code, TextRange range, String message, List<TextRange> secrets) {

    public Reported {
        secrets = List.copyOf(secrets);
    }
}
