package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.images.OfficialImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * {@link #references} without one-word names Docker Hub does not publish
     * ({@code coach-base:master}): nothing can pull them, so the repository's own build made
     * them, and their tags are that build's order. For the rules about how a tag moves.
     */
    static List<FromImage> pulledReferences(DockerfileModel model) {
        List<FromImage> out = new ArrayList<>();
        for (FromImage from : references(model)) {
            if (!OfficialImages.isLocalBuildName(from.image())) {
                out.add(from);
            }
        }
        return out;
    }

    /**
     * The FROM images as references to report: like {@link #of}, except that FROM lines whose
     * image comes, written alike, from one global ARG's default ({@code ARG BASE=python:3.12};
     * {@code FROM ${BASE} AS build}; {@code FROM ${BASE}}) are one entry located at that default,
     * where the image is written and fixed once. For the rules about the image reference itself
     * (tag, digest, registry), which would otherwise say the same thing on every FROM.
     */
    static List<FromImage> references(DockerfileModel model) {
        List<FromImage> all = of(model);
        List<Optional<TextRange>> argDefaults = new ArrayList<>(all.size());
        for (FromImage from : all) {
            argDefaults.add(soleArgDefault(model, from));
        }
        List<FromImage> result = new ArrayList<>();
        boolean[] done = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            if (done[i]) {
                continue;
            }
            FromImage from = all.get(i);
            Optional<TextRange> argDefault = argDefaults.get(i);
            int uses = 1;
            for (int j = i + 1; argDefault.isPresent() && j < all.size(); j++) {
                if (argDefaults.get(j).isPresent() && argDefaults.get(j).get().equals(argDefault.get())
                        && all.get(j).text().equals(from.text())) {
                    done[j] = true;
                    uses++;
                }
            }
            result.add(uses > 1
                    ? new FromImage(from.stage(), from.image(), from.text(), from.written(), argDefault.get())
                    : from);
        }
        return result;
    }

    /** Where the default of the one global ARG a FROM image refers to is written. */
    private static Optional<TextRange> soleArgDefault(DockerfileModel model, FromImage from) {
        Set<String> referenced = model.expand(from.stage().from(), from.written()).referenced();
        if (referenced.size() != 1) {
            return Optional.empty();
        }
        Optional<ArgDeclaration> declaration = model.globalArgDefault(referenced.iterator().next());
        return declaration.isPresent() ? Optional.of(declaration.get().defaultRange()) : Optional.<TextRange>empty();
    }
}
