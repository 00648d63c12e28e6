package dev.bulwark.rules.ml;

import java.util.List;

/**
 * Where ML code keeps models, named the way libraries and model servers name them: the
 * environment variables of Hugging Face, PyTorch and sentence-transformers caches plus the common
 * {@code MODEL_DIR}, and the command-line options of model servers that take a local model path.
 * Dockerfile, Compose and Kubernetes rules share the list, so a model directory means the same in
 * every file.
 */
public final class ModelLocations {
    /** Variables whose value is a directory models are downloaded to or loaded from. */
    public static final List<String> VARIABLES = List.of("HF_HOME", "HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE",
            "TRANSFORMERS_CACHE", "HF_DATASETS_CACHE", "TORCH_HOME", "SENTENCE_TRANSFORMERS_HOME", "MODEL_DIR");

    /**
     * Options of model servers whose value is a local model path when it starts with {@code /}:
     * vLLM and SGLang {@code --model}/{@code --model-path}, TGI {@code --model-id}, Triton
     * {@code --model-repository}, TorchServe {@code --model-store}, TensorFlow Serving
     * {@code --model_base_path}.
     */
    public static final List<String> SERVER_OPTIONS = List.of("--model", "--model-path", "--model-id",
            "--model-repository", "--model-store", "--model_base_path", "--model-dir");

    private ModelLocations() {
    }

    public static boolean isModelVariable(String name) {
        return VARIABLES.contains(name);
    }
}
