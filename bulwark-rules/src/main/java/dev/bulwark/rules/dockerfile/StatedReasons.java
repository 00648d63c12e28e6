package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.syntax.Comment;
import dev.bulwark.dockerfile.syntax.Instruction;
import java.util.List;
import java.util.Locale;

/**
 * Where a Dockerfile says why it does something a rule would report: the comment block directly
 * above an instruction naming the reason ({@code # security fixes only}, {@code # any user can
 * run this image}). Rules that accept a stated reason ask here.
 */
final class StatedReasons {

    private StatedReasons() {
    }

    /** Whether a comment of the instruction's block contains one of {@code words} (lower case), in any case. */
    static boolean inComments(Instruction instruction, List<String> words) {
        for (Comment c : instruction.comments()) {
            String text = c.text().toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
