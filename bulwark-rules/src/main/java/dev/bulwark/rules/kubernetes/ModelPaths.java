package dev.bulwark.rules.kubernetes;

import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.ContainerKind;
import dev.bulwark.kubernetes.EnvVar;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.Lifecycle;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.TemplateKind;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.ml.ModelLocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local model paths a container names, for the model-artifact rules: the directories of the
 * model cache variables ({@code HF_HOME}, {@code TORCH_HOME}...), {@code MODEL_DIR}, and the values
 * of model-server options ({@code --model /models/llama}, {@code --model-repository=/models}),
 * as listed by {@link ModelLocations}. Only absolute paths count: {@code --model gpt2} is a hub id.
 */
final class ModelPaths {
    /** Where KServe's storage initializer puts the model of a predictor, transformer or explainer. */
    static final String KSERVE_MODEL_MOUNT = "/mnt/models";

    /** What names the path: a download cache (written at run time) or a model the server loads. */
    enum Source { CACHE_VARIABLE, MODEL_DIR, SERVER_OPTION }

    /** A model path: the text, where it is written, and what names it. */
    record ModelPath(String path, Field at, String name, Source source) {

        /** How messages name it: "`HF_HOME`", "`--model`". */
        String display() {
            return "`" + name + "`";
        }
    }

    private ModelPaths() {
    }

    static List<ModelPath> of(Container container) {
        List<ModelPath> result = new ArrayList<>();
        for (EnvVar env : container.env()) {
            if (!ModelLocations.isModelVariable(env.name()) || !env.hasLiteralValue()) {
                continue;
            }
            Field value = env.value().get();
            String path = value.textOrEmpty().strip();
            if (isAbsolute(path)) {
                Source source = env.name().equals("MODEL_DIR") ? Source.MODEL_DIR : Source.CACHE_VARIABLE;
                result.add(new ModelPath(path, value, env.name(), source));
            }
        }
        List<Field> words = new ArrayList<>(container.command());
        words.addAll(container.args());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).textOrEmpty().strip();
            for (String option : ModelLocations.SERVER_OPTIONS) {
                if (word.equals(option) && i + 1 < words.size()) {
                    String path = words.get(i + 1).textOrEmpty().strip();
                    if (isAbsolute(path)) {
                        result.add(new ModelPath(path, words.get(i + 1), option, Source.SERVER_OPTION));
                    }
                } else if (word.startsWith(option + "=")) {
                    String path = word.substring(option.length() + 1).strip();
                    if (isAbsolute(path)) {
                        result.add(new ModelPath(path, words.get(i), option, Source.SERVER_OPTION));
                    }
                }
            }
        }
        return result;
    }

    /**
     * True when a mount covers the path, or when the path is below {@code /mnt/models} in a KServe
     * component, where KServe's storage initializer mounts the model.
     */
    static boolean isOnVolume(PodTemplate template, Container container, String path) {
        if (container.mountCovering(path).isPresent()) {
            return true;
        }
        return isKServe(template.kind()) && (path.equals(KSERVE_MODEL_MOUNT) || path.startsWith(KSERVE_MODEL_MOUNT + "/"));
    }

    /** True for a container that serves models for as long as it runs. */
    static boolean isModelServer(PodTemplate template, Container container, ManifestSet set) {
        if (template.lifecycle() != Lifecycle.LONG_RUNNING || container.isInit()) {
            return false;
        }
        if (container.kind() == ContainerKind.MODEL_SERVER || template.kind() == TemplateKind.SERVING_RUNTIME
                || template.kind() == TemplateKind.PREDICTOR) {
            return true;
        }
        return isPublicModelServer(container, set) || hasServerOption(container);
    }

    /** True when the image is a published model server ({@link KnownImages}), which holds no model of its own. */
    static boolean isPublicModelServer(Container container, ManifestSet set) {
        Optional<ImageName> image = ContainerImages.running(container, set);
        return image.isPresent() && KnownImages.role(image.get()).orElse(null) == ServiceRole.MODEL_SERVER;
    }

    private static boolean hasServerOption(Container container) {
        for (ModelPath p : of(container)) {
            if (p.source() == Source.SERVER_OPTION) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKServe(TemplateKind kind) {
        return kind == TemplateKind.PREDICTOR || kind == TemplateKind.PREDICTOR_WORKER || kind == TemplateKind.TRANSFORMER
                || kind == TemplateKind.EXPLAINER || kind == TemplateKind.SERVING_RUNTIME;
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") && !path.contains("$(") && !path.contains("{{");
    }
}
