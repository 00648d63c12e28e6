package dev.bulwark.rules.kubernetes;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.image.ImageReference;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.TemplateKind;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.ml.ModelServers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which containers are model servers: a KServe model spec or ServingRuntime container, an image
 * known to be one ({@link KnownImages}: vLLM, TGI, Triton, TorchServe...), or a command that
 * starts one ({@link ModelServers}: {@code vllm serve}, {@code python -m vllm.entrypoints...}).
 */
final class ModelServerContainers {
    private ModelServerContainers() {
    }

    /** What makes the container a model server, for messages ("`vllm serve`", "image `vllm/vllm-openai`"); empty when it is not one. */
    static Optional<String> describe(Container c) {
        if (c.kind() == ContainerKind.MODEL_SERVER) {
            return Optional.of("KServe model server");
        }
        if (c.template().kind() == TemplateKind.SERVING_RUNTIME && c.kind() == ContainerKind.MAIN) {
            return Optional.of("serving runtime");
        }
        ImageReference ref = ImageReference.parse(c.imageText().strip());
        if (ref instanceof ImageName image) {
            Optional<ServiceRole> role = KnownImages.role(image);
            if (role.isPresent() && role.get() == ServiceRole.MODEL_SERVER) {
                return Optional.of("image `" + image.familiarName() + "`");
            }
        }
        Optional<String> command = ModelServers.describe(words(c));
        return command.isPresent() ? Optional.of("`" + command.get() + "`") : Optional.empty();
    }

    /** The words of the container's command and args, split on whitespace. */
    static List<String> words(Container c) {
        List<String> out = new ArrayList<>();
        List<Field> items = new ArrayList<>(c.command());
        items.addAll(c.args());
        for (Field f : items) {
            String text = f.textOrEmpty();
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    out.add(text.substring(start, i));
                }
            }
        }
        return out;
    }
}
