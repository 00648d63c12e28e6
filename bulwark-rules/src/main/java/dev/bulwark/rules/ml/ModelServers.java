package dev.bulwark.rules.ml;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a model server from the command that starts it (the words of a container's
 * {@code command} and {@code args}, or of a {@code sh -c} script): programs whose job is to load
 * a model and answer inference requests, which take minutes to start when the model is large.
 */
public final class ModelServers {
    /** Programs that are model servers whatever their arguments. */
    private static final Set<String> PROGRAMS = Set.of("text-generation-launcher", "tritonserver", "torchserve",
            "tensorflow_model_server", "mlserver", "ovms", "text-embeddings-router", "llama-server", "infinity_emb");
    /** Programs that serve a model with this subcommand: {@code vllm serve}. */
    private static final List<String> SUBCOMMANDS = List.of("vllm serve", "ollama serve", "lmdeploy serve",
            "sglang serve", "trtllm-serve serve", "mlflow models");
    /** Python modules that start a model server ({@code python -m vllm.entrypoints.openai.api_server}). */
    private static final List<String> MODULES = List.of("vllm.entrypoints.", "sglang.launch_server",
            "text_generation_server", "lmdeploy.serve.", "mlserver", "kserve", "llama_cpp.server");

    private ModelServers() {
    }

    /** How the words start a model server ({@code vllm serve}), or empty. Words are split on whitespace already. */
    public static Optional<String> describe(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = baseName(words.get(i));
            if (PROGRAMS.contains(w)) {
                return Optional.of(w);
            }
            if (i + 1 < words.size()) {
                String pair = w + " " + words.get(i + 1);
                for (String s : SUBCOMMANDS) {
                    if (pair.equals(s)) {
                        return Optional.of(s);
                    }
                }
            }
            if (w.equals("-m") && i + 1 < words.size()) {
                String module = words.get(i + 1);
                for (String m : MODULES) {
                    if (m.endsWith(".") ? module.startsWith(m) : module.equals(m)) {
                        return Optional.of("python -m " + module);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
