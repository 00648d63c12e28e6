package dev.bulwark.engine.pin;

import dev.bulwark.core.Fix;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextEdit;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImagePin;
import dev.bulwark.dockerfile.image.ReferenceText;
import java.util.Optional;

/**
 * A reference to a pinned image that does not use its pin: where it is written, what to say, and
 * the edit that pins it ({@link Fix#NONE} when bulwark cannot make it without guessing).
 */
public record PinFinding(Span at, String message, Fix fix) {

    /**
     * The finding for one reference, or empty when no pin names its image or it holds its pin.
     * Only the reference's version ({@code :TAG}, {@code @DIGEST}) is rewritten, so the name stays
     * as written ({@code docker.io/library/python} is not shortened).
     *
     * @param at       where the reference is written
     * @param written  the text at {@code at} when it is the reference as written (variables
     *                 unexpanded); empty when it is not plain text (an escaped YAML scalar)
     * @param resolved the reference as Docker reads it (variables expanded)
     * @param shown    how the message names the reference: {@code `python:3.11` (default of ARG `BASE`)}
     */
    static Optional<PinFinding> of(Span at, Optional<String> written, ImageName resolved, ImagePins pins, String shown) {
        Optional<ImagePin> found = pins.of(resolved);
        if (found.isEmpty() || found.get().heldBy(resolved)) {
            return Optional.empty();
        }
        ImagePin pin = found.get();
        String text = resolved.raw().strip();
        int version = ReferenceText.versionStart(text);
        String pinned = "`" + text.substring(0, version) + pin.suffix() + "`";
        if (resolved.isPinnedByDigest() && pin.digest().isEmpty()) {
            // A digest names one image; replacing it by a tag would loosen the pin, and keeping it
            // beside a new tag would make the tag a lie.
            return Optional.of(new PinFinding(at, shown + " is pinned by digest, so bulwark cannot tell whether it is "
                    + pinned + " (pin " + pin.display() + "): give the pin a digest (" + pin.image() + "="
                    + pin.tag().orElse("TAG") + "@sha256:...) to replace it", Fix.NONE));
        }
        if (written.isEmpty()) {
            return Optional.of(new PinFinding(at, shown + " is not the pinned " + pinned
                    + ", and is written in a form bulwark does not edit: change it by hand", Fix.NONE));
        }
        String w = written.get();
        int writtenVersion = ReferenceText.versionStart(w);
        if (!w.substring(writtenVersion).equals(text.substring(version))) {
            return Optional.of(new PinFinding(at, shown + " is not the pinned " + pinned
                    + ", and takes its version from a variable: change it by hand", Fix.NONE));
        }
        int start = at.range().start();
        TextEdit edit = TextEdit.replace(TextRange.of(start + writtenVersion, start + w.length()), pin.suffix());
        return Optional.of(new PinFinding(at, shown + " is not the pinned " + pinned,
                Fix.safe("pin " + pinned, edit)));
    }
}
