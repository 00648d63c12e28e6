package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.ComposeSequence;
import dev.bulwark.compose.KeyValue;
import dev.bulwark.compose.Service;
import dev.bulwark.compose.Word;
import dev.bulwark.core.Span;
import dev.bulwark.rules.images.KnownImages;
import dev.bulwark.rules.images.ServiceRole;
import dev.bulwark.rules.ml.ModelLocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local model paths a service names ({@link ModelLocations}): the directories of the model
 * cache variables ({@code HF_HOME}, {@code TORCH_HOME}...) and {@code MODEL_DIR} in its
 * {@code environment}, and the values of model-server options in its command
 * ({@code --model /models/llama}, {@code --model-repository=/models}). Only resolved absolute
 * paths count: {@code --model gpt2} is a hub id.
 */
final class ServiceModelPaths {

    /** What names the path: a download cache (written at run time) or a model the service loads. */
    enum Source { CACHE_VARIABLE, MODEL_DIR, SERVER_OPTION }

    /** A model path, where it is written and what names it ({@code HF_HOME}, {@code --model}). */
    static final class ModelPath {
        final String path;
        final Span at;
        final String name;
        final Source source;

        ModelPath(String path, Span at, String name, Source source) {
            this.path = path;
            this.at = at;
            this.name = name;
            this.source = source;
        }
    }

    private ServiceModelPaths() {
    }

    static List<ModelPath> of(Service service) {
        List<ModelPath> out = new ArrayList<>();
        for (KeyValue kv : service.environment()) {
            if (!ModelLocations.isModelVariable(kv.key()) || kv.value().isEmpty() || kv.value().get().isUnresolved()) {
                continue;
            }
            ComposeScalar value = kv.value().get();
            String path = value.value().strip();
            if (path.startsWith("/")) {
                Source source = kv.key().equals("MODEL_DIR") ? Source.MODEL_DIR : Source.CACHE_VARIABLE;
                out.add(new ModelPath(path, value.span(), kv.key(), source));
            }
        }
        if (hasUnresolvedCommand(service)) {
            return out;
        }
        List<Word> words = ServiceCommands.words(service);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text().strip();
            for (String option : ModelLocations.SERVER_OPTIONS) {
                if (word.equals(option) && i + 1 < words.size()) {
                    String path = words.get(i + 1).text().strip();
                    if (path.startsWith("/")) {
                        out.add(new ModelPath(path, words.get(i + 1).span(), option, Source.SERVER_OPTION));
                    }
                } else if (word.startsWith(option + "=")) {
                    String path = word.substring(option.length() + 1).strip();
                    if (path.startsWith("/")) {
                        out.add(new ModelPath(path, words.get(i).span(), option, Source.SERVER_OPTION));
                    }
                }
            }
        }
        return out;
    }

    /** True for a pulled, published model-server image (vLLM, TGI, Triton...), which holds no model of its own. */
    static boolean isPublicModelServer(Service service) {
        Optional<KnownImages.Known> known = ServiceImages.known(service);
        return known.isPresent() && known.get().role() == ServiceRole.MODEL_SERVER;
    }

    // A command with a variable that has no value may not name the path it seems to.
    private static boolean hasUnresolvedCommand(Service service) {
        return service.entrypoint().isPresent() && isUnresolved(service.entrypoint().get().node())
                || service.command().isPresent() && isUnresolved(service.command().get().node());
    }

    private static boolean isUnresolved(ComposeNode node) {
        if (node instanceof ComposeScalar s) {
            return s.isUnresolved();
        }
        if (node instanceof ComposeSequence seq) {
            for (ComposeNode item : seq.items()) {
                if (isUnresolved(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
