package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A finding's fix as a report shows it: each edit's region in lines and columns of the original
 * file and its new text. Left out when the file's text is unknown, or when an edit would show a
 * secret: it replaces or moves text in a secret range (a legacy {@code ENV TOKEN abc} rewritten to
 * {@code TOKEN=abc}), since reports never print secrets.
 */
record FixEdits(Fix fix, List<Edit> edits) {

    /** One replacement: the region it deletes (empty for an insertion) and the text it puts there. */
    record Edit(Region deleted, String inserted) {
    }

    static Optional<FixEdits> of(Finding f, Optional<SourceText> source, List<TextRange> secrets) {
        Fix fix = f.fix();
        if (!fix.exists() || source.isEmpty()) {
            return Optional.empty();
        }
        List<Edit> edits = new ArrayList<>(fix.edits().size());
        for (TextEdit edit : fix.edits()) {
            if (edit.range().end() > source.get().length() || touchesSecret(edit.range(), secrets)) {
                return Optional.empty();
            }
            edits.add(new Edit(Region.of(source.get().location(edit.range())), edit.replacement()));
        }
        return Optional.of(new FixEdits(fix, edits));
    }

    private static boolean touchesSecret(TextRange range, List<TextRange> secrets) {
        for (TextRange secret : secrets) {
            if (secret.start() <= range.end() && range.start() <= secret.end()) {
                return true;
            }
        }
        return false;
    }
}
