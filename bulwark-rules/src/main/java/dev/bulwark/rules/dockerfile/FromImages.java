package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The images stages are built {@code FROM}, as the model resolved them. Stage references and
 * {@code scratch} are not images (spec 1.11); an image with a variable that has no known value is
 * left out, because the rules cannot know what Docker would pull.
 */
final class FromImages {

    /**
     * A resolved FROM image: {@code text} is the image after ARG expansion, {@code written} the
     * word as in the file, {@code range} where it is.
     */
    record FromImage(Stage stage, ImageName image, String text, String written, TextRange range) {

        /** The image for messages, saying where it came from when an ARG default supplied it. */
        String display() {
            return written.equals(text) ? "`" + text + "`" : "`" + text + "` (from `" + written + "`)";
        }
    }

    private FromImages() {
    }

    static List<FromImage> of(DockerfileModel model) {
        List<FromImage> result = new ArrayList<>();
        for (Stage stage : model.stages()) {
            if (stage.base() instanceof ImageBase base && base.fullyResolved()
                    && base.ref() instanceof ImageName name) {
                Word word = stage.from().image();
                result.add(new FromImage(stage, name, base.resolvedText(), word.text(), word.range()));
            }
        }
        return result;
    }
}
