package dev.bulwark.project;

import java.util.Locale;
import java.util.Set;

/**
 * What a context entry is, by name, for the few kinds the context rules care about. Names only:
 * content is judged by the rules, from the few files they read.
 */
public enum FileKind {
    /** A file that may hold credentials ({@code .env}, private keys, cloud and registry credentials, tokens). */
    CREDENTIAL,
    /** Model weights ({@code *.safetensors}, {@code *.bin}, {@code *.pt}, {@code *.ckpt}, {@code *.onnx}, ...). */
    MODEL_WEIGHTS,
    /** A pickle-based model or object file that is not also counted as weights ({@code *.pkl}, {@code *.joblib}). */
    PICKLE,
    /** A data set file ({@code *.parquet}, {@code *.arrow}, {@code *.tfrecord}, {@code *.npy}, ...). */
    DATASET,
    /** A folder of experiment runs or editor state: {@code mlruns}, {@code wandb}, {@code .ipynb_checkpoints}. */
    ML_RUNS,
    /** A Python virtualenv (a folder holding {@code pyvenv.cfg}) or {@code node_modules}. */
    VIRTUALENV,
    /** The repository's {@code .git}. */
    GIT,
    OTHER;

    private static final Set<String> WEIGHTS = Set.of("safetensors", "bin", "pt", "pth", "ckpt", "onnx", "gguf", "h5",
            "pb", "tflite", "keras", "mar");
    private static final Set<String> PICKLES = Set.of("pkl", "pickle", "joblib");
    private static final Set<String> DATA = Set.of("parquet", "arrow", "tfrecord", "tfrecords", "npy", "npz",
            "feather", "lmdb", "hdf5");
    private static final Set<String> CREDENTIAL_NAMES = Set.of(".env", ".netrc", "_netrc", ".npmrc", ".pypirc",
            "kaggle.json", "credentials.json", "service-account.json", "service_account.json", "id_rsa", "id_dsa",
            "id_ecdsa", "id_ed25519", ".git-credentials", ".dockercfg");
    private static final Set<String> KEY_EXTENSIONS = Set.of("pem", "key", "p12", "pfx", "jks");

    /** The kind of a file named {@code name} whose context-relative path is {@code path}. */
    public static FileKind ofFile(String path, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (isCredentialName(path, lower)) {
            return CREDENTIAL;
        }
        String ext = extension(lower);
        if (WEIGHTS.contains(ext)) {
            return MODEL_WEIGHTS;
        }
        if (PICKLES.contains(ext)) {
            return PICKLE;
        }
        if (DATA.contains(ext)) {
            return DATASET;
        }
        return OTHER;
    }

    /** The kind of a folder by its name alone ({@link #VIRTUALENV} also needs a look inside, see the walk). */
    public static FileKind ofFolder(String name) {
        return switch (name) {
            case "mlruns", "wandb", ".ipynb_checkpoints" -> ML_RUNS;
            case "node_modules", ".venv", "venv" -> VIRTUALENV;
            case ".git" -> GIT;
            default -> OTHER;
        };
    }

    private static boolean isCredentialName(String path, String lower) {
        if (CREDENTIAL_NAMES.contains(lower)) {
            return true;
        }
        // .env.local, .env.production: real environments; .env.example/.sample/.template are documentation.
        if (lower.startsWith(".env.")) {
            return !(lower.endsWith(".example") || lower.endsWith(".sample") || lower.endsWith(".template")
                    || lower.endsWith(".dist") || lower.endsWith(".defaults"));
        }
        if (KEY_EXTENSIONS.contains(extension(lower)) && !lower.endsWith(".pub")) {
            return true;
        }
        String p = path.toLowerCase(Locale.ROOT);
        // ~/.aws/credentials, ~/.cache/huggingface/token, ~/.huggingface/token.
        return (lower.equals("credentials") && p.endsWith(".aws/credentials"))
                || (lower.equals("token") && (p.contains("huggingface/") || p.contains(".huggingface/")))
                || (lower.equals("config.json") && p.endsWith(".docker/config.json"));
    }

    static String extension(String lowerName) {
        int dot = lowerName.lastIndexOf('.');
        return dot <= 0 ? "" : lowerName.substring(dot + 1);
    }
}
