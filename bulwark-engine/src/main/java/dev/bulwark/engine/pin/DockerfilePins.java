package dev.bulwark.engine.pin;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.FromReference;
import dev.bulwark.dockerfile.model.FromTarget;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The references of a Dockerfile to pinned images that do not use their pins: FROM images (a
 * stage named like an image is a stage, not an image: the model tells them apart), and the images
 * of {@code COPY --from} and {@code RUN --mount from=}. A FROM whose image is one global ARG
 * ({@code FROM ${BASE}}) is pinned at that ARG's default, once for all the FROM lines using it.
 * Plain loops: this runs on the Dockerfile check path.
 */
public final class DockerfilePins {
    private DockerfilePins() {
    }

    public static List<PinFinding> find(DockerfileModel model, ImagePins pins) {
        SourceText source = model.file().source();
        List<PinFinding> out = new ArrayList<>();
        Set<Integer> argDefaults = new HashSet<>();
        for (Stage stage : model.stages()) {
            if (stage.base() instanceof ImageBase base && base.fullyResolved() && base.ref() instanceof ImageName name
                    && pins.of(name).isPresent()) {
                Word word = stage.from().image();
                Optional<ArgDeclaration> arg = wholeArg(model, word.text());
                if (arg.isPresent()) {
                    if (argDefaults.add(arg.get().defaultRange().start())) {
                        addAtArgDefault(source, arg.get(), name, pins, out);
                    }
                } else {
                    add(source, word.range(), word.text(), name, pins, "`" + base.resolvedText() + "`", out);
                }
            }
            for (FromReference ref : stage.fromReferences()) {
                if (ref.target() instanceof FromTarget.ImageTarget target && target.image() instanceof ImageName name) {
                    add(source, ref.range(), ref.text(), name, pins, "`" + ref.text() + "`", out);
                }
            }
        }
        return out;
    }

    /** The ARG default the whole image is ({@code $BASE}, {@code ${BASE}}), when it has one. */
    private static Optional<ArgDeclaration> wholeArg(DockerfileModel model, String written) {
        if (written.length() < 2 || written.charAt(0) != '$') {
            return Optional.empty();
        }
        boolean braced = written.charAt(1) == '{';
        if (braced && written.charAt(written.length() - 1) != '}') {
            return Optional.empty();
        }
        String name = braced ? written.substring(2, written.length() - 1) : written.substring(1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9')) {
                return Optional.empty();
            }
        }
        return name.isEmpty() ? Optional.empty() : model.globalArgDefault(name);
    }

    private static void addAtArgDefault(SourceText source, ArgDeclaration arg, ImageName name, ImagePins pins,
                                        List<PinFinding> out) {
        TextRange range = arg.defaultRange();
        String raw = range.textOf(source.text());
        // A quoted default keeps its quotes; the reference is inside them.
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0)) {
            raw = raw.substring(1, raw.length() - 1);
            range = TextRange.of(range.start() + 1, range.end() - 1);
        }
        add(source, range, raw, name, pins, "`" + name.raw() + "` (default of ARG `" + arg.name() + "`)", out);
    }

    private static void add(SourceText source, TextRange range, String written, ImageName name, ImagePins pins,
                            String shown, List<PinFinding> out) {
        Optional<Span> at = WrittenText.locate(new Span(source, range), written);
        Optional<PinFinding> finding = PinFinding.of(at.isPresent() ? at.get() : new Span(source, range),
                at.isPresent() ? Optional.of(written) : Optional.<String>empty(), name, pins, shown);
        if (finding.isPresent()) {
            out.add(finding.get());
        }
    }
}
