package dev.bulwark.engine.pin;

import dev.bulwark.core.Span;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The container images of a manifest file (containers, init containers, every pod template of
 * every document) that name a pinned image and do not use its pin. A container whose image a
 * kustomization's {@code images:} entry renames or re-tags is left alone: the kustomization
 * decides what runs, and its entries are not rewritten.
 */
public final class ManifestPins {
    private ManifestPins() {
    }

    public static List<PinFinding> find(ManifestFile file, ManifestSet set, ImagePins pins) {
        List<PinFinding> out = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        for (PodTemplate template : file.podTemplates()) {
            for (Container container : template.allContainers()) {
                if (container.image().isEmpty() || !set.imageOverridesFor(container).isEmpty()) {
                    continue;
                }
                Field field = container.image().get();
                String text = field.textOrEmpty().strip();
                Span holder = field.valueSpan();
                if (!(ImageReference.parse(text) instanceof ImageName name) || !holder.path().equals(file.source().path())
                        || !reported.add(holder.range().start())) {
                    continue;
                }
                Optional<Span> at = WrittenText.locate(holder, text);
                Optional<PinFinding> finding = PinFinding.of(at.isPresent() ? at.get() : holder,
                        at.isPresent() ? Optional.of(text) : Optional.<String>empty(), name, pins, "`" + text + "`");
                if (finding.isPresent()) {
                    out.add(finding.get());
                }
            }
        }
        return out;
    }
}
