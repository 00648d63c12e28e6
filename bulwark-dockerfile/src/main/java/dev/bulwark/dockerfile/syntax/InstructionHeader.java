package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import java.util.List;
import java.util.Locale;

/**
 * What every instruction has. {@code line} is the logical line from the keyword on
 * (continuations joined, spec 1.4); {@code arguments} is the part after the flags, trimmed
 * (spec 1.5). {@code range} runs from the keyword through continuation lines and heredoc bodies
 * and terminators, without the final newline. {@code comments} is the comment block directly
 * above (spec 1.3). {@code emptyContinuationLines} are the blank lines dropped inside the
 * continuation (BuildKit's {@code NoEmptyContinuation}).
 */
public record InstructionHeader(
        String keywordText,
        TextRange keywordRange,
        TextRange range,
        List<Flag> flags,
        List<Comment> comments,
        int startLine,
        int endLine,
        MappedText line,
        MappedText arguments,
        List<TextRange> emptyContinuationLines) {

    public InstructionHeader {
        flags = List.copyOf(flags);
        comments = List.copyOf(comments);
        emptyContinuationLines = List.copyOf(emptyContinuationLines);
    }

    /** The keyword in upper case (keywords are case-insensitive, spec 1.12). */
    public String keyword() {
        return keywordText.toUpperCase(Locale.ROOT);
    }
}
