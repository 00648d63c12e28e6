package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** FROM (spec 1.8, 1.11). {@code image} is empty text when missing; {@code stageName} is as written. */
public record FromInstruction(InstructionHeader header, Word image, Optional<Word> stageName, Optional<TextRange> asKeywordRange, List<Word> words) implements Instruction {

    public FromInstruction {
        words = List.copyOf(words);
    }

    public Optional<Flag> platform() {
        return flag("platform");
    }

    /** The stage name lower-cased, as BuildKit stores it (spec 1.11). */
    public Optional<String> stageNameLower() {
        return stageName.isPresent() ? Optional.of(stageName.get().text().toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
