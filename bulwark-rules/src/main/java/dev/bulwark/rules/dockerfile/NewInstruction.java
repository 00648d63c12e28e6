package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextEdit;
import dev.bulwark.dockerfile.syntax.Instruction;

/**
 * Inserting a whole instruction line into a Dockerfile: before an instruction's comment block, so
 * the comments (and the suppressions among them) stay with the instruction they were written
 * for, indented like it, in the file's line ending and keyword case.
 */
final class NewInstruction {
    private NewInstruction() {
    }

    /** {@code keyword arguments} on a line of its own above {@code before}. */
    static TextEdit before(DockerfileContext ctx, Instruction before, String keyword, String arguments) {
        String text = ctx.source().text();
        int at = before.comments().isEmpty() ? before.range().start() : before.comments().get(0).range().start();
        int lineStart = FixTexts.lineStart(text, at);
        return TextEdit.insert(lineStart, FixTexts.indentation(text, at)
                + FixTexts.likeCase(keyword, before.keywordText()) + " " + arguments + TextEdit.lineEnding(text));
    }

    /** {@code keyword arguments} on a new line right after {@code after}. */
    static TextEdit after(DockerfileContext ctx, Instruction after, String keyword, String arguments) {
        String text = ctx.source().text();
        return TextEdit.insert(after.range().end(), TextEdit.lineEnding(text)
                + FixTexts.likeCase(keyword, after.keywordText()) + " " + arguments);
    }
}
