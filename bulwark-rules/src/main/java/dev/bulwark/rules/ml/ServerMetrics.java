package dev.bulwark.rules.ml;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What says that a server exposes metrics, shared by the Compose and Kubernetes metrics rules:
 * the model servers that serve Prometheus metrics out of the box, the servers that do once a flag
 * turns them on, metrics port names, OpenTelemetry's environment and Prometheus's annotations.
 *
 * <p>On by default, each from its project's documentation: Triton on its own port 8002
 * ({@code --allow-metrics}, {@code --metrics-port}), TorchServe's metrics API on 8082 (the
 * official image binds it to all interfaces), MLServer on 8082 ({@code metrics_port}), and
 * {@code /metrics} on the serving port of vLLM's OpenAI server (and the builds others publish of
 * it: {@code opea/vllm}), Text Generation Inference, Text Embeddings Inference, BentoML and
 * KServe's model servers.
 * Behind a flag: SGLang ({@code --enable-metrics}), llama.cpp's server ({@code --metrics}),
 * TensorFlow Serving ({@code --monitoring_config_file}) and OpenVINO Model Server
 * ({@code --metrics_enable}). Ollama, TensorFlow Serving and OVMS without those flags, and
 * {@code mlflow models serve} expose none.
 */
public final class ServerMetrics {
    /** The serving port: metrics are served at {@code /metrics} beside the API. */
    public static final int SERVING_PORT = 0;

    /** A server's metrics endpoint: its name for messages and its port ({@link #SERVING_PORT} for the API's). */
    public record Endpoint(String server, int port) {
        public boolean onServingPort() {
            return port == SERVING_PORT;
        }
    }

    private ServerMetrics() {
    }

    /**
     * The metrics endpoint of the server an image (familiar name, may be empty) and command words
     * run, when it has one as configured; empty when it has none or the server is not known.
     */
    public static Optional<Endpoint> of(String image, List<String> words) {
        String program = program(words);
        if (image.equals("nvcr.io/nvidia/tritonserver") || program.equals("tritonserver")) {
            if (hasFlag(words, "--allow-metrics", "false")) {
                return Optional.empty();
            }
            return Optional.of(new Endpoint("Triton", portFlag(words, "--metrics-port", 8002)));
        }
        if (image.equals("pytorch/torchserve") || program.equals("torchserve")) {
            return Optional.of(new Endpoint("TorchServe", 8082));
        }
        if (image.equals("seldonio/mlserver") || program.equals("mlserver") || program.equals("python -m mlserver")) {
            return Optional.of(new Endpoint("MLServer", 8082));
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        if (family(last, "text-embeddings-inference") || family(last, "tei") || program.equals("text-embeddings-router")) {
            return Optional.of(new Endpoint("Text Embeddings Inference", SERVING_PORT));
        }
        if (family(last, "vllm") || program.equals("vllm serve") || program.startsWith("python -m vllm.entrypoints.openai")) {
            return Optional.of(new Endpoint("vLLM", SERVING_PORT));
        }
        if (family(last, "text-generation-inference") || family(last, "tgi") || program.equals("text-generation-launcher")) {
            return Optional.of(new Endpoint("Text Generation Inference", SERVING_PORT));
        }
        // LocalAI serves /metrics on its API port unless told not to.
        if ((family(last, "localai") || family(last, "local-ai") || program.equals("local-ai"))
                && !hasFlag(words, "--disable-metrics-endpoint", null)) {
            return Optional.of(new Endpoint("LocalAI", SERVING_PORT));
        }
        if (program.equals("bentoml serve")) {
            return Optional.of(new Endpoint("BentoML", SERVING_PORT));
        }
        if (image.startsWith("kserve/") || image.startsWith("docker.io/kserve/")) {
            return Optional.of(new Endpoint("KServe model server", SERVING_PORT));
        }
        if ((image.equals("lmsysorg/sglang") || program.startsWith("python -m sglang") || program.equals("sglang serve"))
                && hasFlag(words, "--enable-metrics", null)) {
            return Optional.of(new Endpoint("SGLang", SERVING_PORT));
        }
        if (program.equals("llama-server") && hasFlag(words, "--metrics", null)) {
            return Optional.of(new Endpoint("llama.cpp server", SERVING_PORT));
        }
        if ((image.equals("tensorflow/serving") || program.equals("tensorflow_model_server"))
                && hasFlag(words, "--monitoring_config_file", null)) {
            return Optional.of(new Endpoint("TensorFlow Serving", SERVING_PORT));
        }
        if ((image.equals("openvino/model_server") || program.equals("ovms")) && hasFlag(words, "--metrics_enable", null)) {
            return Optional.of(new Endpoint("OpenVINO Model Server", SERVING_PORT));
        }
        return Optional.empty();
    }

    /**
     * True when the command line configures a metrics endpoint: a flag named for it
     * ({@code --metrics-bind-address=:8080}, {@code --metrics-port 9090}, {@code --enable-metrics},
     * {@code --prometheus-port}), unless its value turns it off ({@code 0}, {@code false}, empty):
     * controller managers and many servers serve {@code /metrics} once it is set.
     */
    public static boolean configuresMetrics(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("--metrics") && !w.startsWith("--enable-metrics") && !w.startsWith("--prometheus")) {
                continue;
            }
            int eq = w.indexOf('=');
            String value = eq >= 0 ? w.substring(eq + 1)
                    : i + 1 < words.size() && !words.get(i + 1).startsWith("-") ? words.get(i + 1) : "true";
            String v = value.strip();
            if (!v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false") && !v.equals("\"0\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An image of a server's family by the last segment of its name: the server's own
     * ({@code vllm/vllm-openai}, {@code ghcr.io/huggingface/tgi-gaudi}) and the builds others publish
     * of it ({@code opea/vllm}, {@code rocm/vllm}, {@code opea/vllm-gaudi}).
     */
    private static boolean family(String last, String name) {
        return last.equals(name) || last.startsWith(name + "-") || last.startsWith(name + "_");
    }

    /** A port named for metrics: {@code metrics}, {@code http-metrics}, {@code prometheus}, {@code prom}. */
    public static boolean isMetricsPortName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("metric") || n.equals("prometheus") || n.equals("prom");
    }

    /**
     * An environment variable that sends metrics somewhere or serves them: an OpenTelemetry
     * exporter ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_EXPORTER_OTLP_METRICS_ENDPOINT},
     * {@code OTEL_METRICS_EXPORTER} other than {@code none}) or the Python Prometheus client's
     * multiprocess directory, which only an application serving its metrics sets.
     */
    public static boolean isMetricsEnvironment(String name, String value) {
        switch (name) {
            case "OTEL_EXPORTER_OTLP_ENDPOINT":
            case "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT":
            case "PROMETHEUS_MULTIPROC_DIR":
            case "prometheus_multiproc_dir":
                return !value.isBlank();
            case "OTEL_METRICS_EXPORTER":
                return !value.isBlank() && !value.strip().equalsIgnoreCase("none");
            default:
                return false;
        }
    }

    /**
     * A Prometheus scrape annotation or label ({@code prometheus.io/scrape: "true"},
     * {@code prometheus.io/port}, {@code prometheus.io/path}); {@code prometheus.io/scrape: "false"}
     * says the opposite.
     */
    public static boolean isScrapeMarker(String key, String value) {
        if (!key.startsWith("prometheus.io/")) {
            return false;
        }
        return !key.equals("prometheus.io/scrape") || !value.strip().equalsIgnoreCase("false");
    }

    // The program the words run, as ModelServers names it, and `bentoml serve`.
    private static String program(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (baseName(words.get(i)).equals("bentoml") && words.get(i + 1).equals("serve")) {
                return "bentoml serve";
            }
        }
        Optional<String> d = ModelServers.describe(words);
        return d.isPresent() ? d.get() : "";
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code --flag}, {@code --flag=value} or {@code --flag value}; with {@code value} null, any value. */
    private static boolean hasFlag(List<String> words, String flag, String value) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(flag)) {
                if (value == null) {
                    return true;
                }
                return i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase(value);
            }
            if (w.startsWith(flag + "=")) {
                String v = w.substring(flag.length() + 1);
                return value == null ? !v.equalsIgnoreCase("false") : v.equalsIgnoreCase(value);
            }
        }
        return false;
    }

    private static int portFlag(List<String> words, String flag, int otherwise) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String v = w.startsWith(flag + "=") ? w.substring(flag.length() + 1)
                    : w.equals(flag) && i + 1 < words.size() ? words.get(i + 1) : null;
            if (v != null) {
                try {
                    return Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    return otherwise;
                }
            }
        }
        return otherwise;
    }
}
