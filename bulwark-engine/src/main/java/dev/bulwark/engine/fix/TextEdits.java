package dev.bulwark.engine.fix;

import dev.bulwark.core.Fix;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-conflicting fixes to a text: every character outside an edit is kept as it is. */
final class TextEdits {
    private static final Comparator<TextEdit> BY_START = Comparator.comparing(TextEdit::range);

    private TextEdits() {
    }

    /**
     * Two fixes conflict when an edit of one overlaps or touches an edit of the other: two
     * insertions at one offset, or an insertion at the end of a replaced range, have no order
     * that is right for both. The later one waits for the next round.
     */
    static boolean conflict(Fix a, Fix b) {
        for (TextEdit x : a.edits()) {
            for (TextEdit y : b.edits()) {
                if (touches(x.range(), y.range())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a fix's own edits do not touch each other and lie inside a text of {@code length}. */
    static boolean wellFormed(Fix fix, int length) {
        List<TextEdit> edits = fix.edits();
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).range().end() > length) {
                return false;
            }
            for (int j = i + 1; j < edits.size(); j++) {
                if (touches(edits.get(i).range(), edits.get(j).range())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean touches(TextRange a, TextRange b) {
        return a.start() <= b.end() && b.start() <= a.end();
    }

    /** {@code text} with the edits of {@code fixes}, which must not conflict, applied. */
    static String apply(String text, List<Fix> fixes) {
        List<TextEdit> edits = new ArrayList<>();
        for (Fix fix : fixes) {
            edits.addAll(fix.edits());
        }
        edits.sort(BY_START);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit edit : edits) {
            out.append(text, at, edit.range().start()).append(edit.replacement());
            at = edit.range().end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
