package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the rules about a FROM image's reference report each image, so that what waives their
 * findings (the project graph, for images the repository builds) drops exactly the findings of
 * the images it vouches for. Several FROMs that take one image from one global ARG's default are
 * one entry, reported at that default; {@code inexact-image-tag} reports an image made from a
 * {@code *_VERSION=latest} ARG at that ARG's default instead, once for every FROM it reaches.
 */
public final class FromImagePlaces {

    /**
     * A FROM image after ARG expansion ({@code text}), where {@code untagged-image},
     * {@code latest-tag} and {@code floating-channel-tag} report it ({@code reference}) and where
     * {@code inexact-image-tag} does ({@code inexact}).
     */
    public record Place(ImageName image, String text, TextRange reference, TextRange inexact) {
    }

    private FromImagePlaces() {
    }

    public static List<Place> of(DockerfileModel model) {
        List<Place> out = new ArrayList<>();
        for (FromImages.FromImage from : FromImages.references(model)) {
            Optional<ArgDeclaration> placeholder = InexactImageTag.latestVersionArg(model, from);
            TextRange inexact = placeholder.isPresent() ? placeholder.get().defaultRange() : from.range();
            out.add(new Place(from.image(), from.text(), from.range(), inexact));
        }
        return out;
    }
}
