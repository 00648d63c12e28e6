package dev.bulwark.rules.dockerfile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises programs that serve requests (web frameworks, model servers, notebook servers) from
 * an argument vector, so a rule can tell a service image from a batch or build image.
 */
final class ServerCommands {
    private static final Set<String> SERVERS = Set.of("uvicorn", "gunicorn", "hypercorn", "daphne", "uwsgi",
            "waitress-serve", "nginx", "httpd", "apache2ctl", "caddy", "torchserve", "tritonserver",
            "text-generation-launcher", "tensorboard", "jupyter-lab", "jupyter-notebook", "jupyter-server",
            "mlflow-server", "tgi-server");
    // Programs that serve only with a given subcommand: `flask run`, `vllm serve`.
    private static final Map<String, Set<String>> SERVING_SUBCOMMANDS = Map.of(
            "flask", Set.of("run"),
            "fastapi", Set.of("run", "dev"),
            "streamlit", Set.of("run"),
            "vllm", Set.of("serve"),
            "mlflow", Set.of("server", "ui", "models"),
            "bentoml", Set.of("serve"),
            "ollama", Set.of("serve"),
            "jupyter", Set.of("lab", "notebook", "server"),
            "lmdeploy", Set.of("serve"),
            "serve", Set.of("run"));
    // Modules `python -m X` serves with; a trailing dot means "this package and below".
    private static final List<String> SERVING_MODULES = List.of("http.server", "uvicorn", "gunicorn", "hypercorn",
            "flask", "streamlit", "fastapi", "jupyter", "tensorboard.main", "vllm.entrypoints.", "sglang.launch_server",
            "text_generation_server", "mlflow", "bentoml");
    private static final Set<String> NODE_SERVER_FILES = Set.of("server", "server.js", "server.mjs", "server.cjs",
            "server.ts");

    private ServerCommands() {
    }

    /** How the program serves ({@code uvicorn}, {@code flask run}, {@code java -jar}); empty if it does not. */
    static Optional<String> describe(List<String> argv) {
        if (argv.isEmpty()) {
            return Optional.empty();
        }
        String program = baseName(argv.get(0));
        if (SERVERS.contains(program)) {
            return Optional.of(program);
        }
        Optional<String> first = firstPositional(argv, 1);
        Set<String> subcommands = SERVING_SUBCOMMANDS.get(program);
        if (subcommands != null && first.isPresent() && subcommands.contains(first.get())) {
            return Optional.of(program + " " + first.get());
        }
        if (ProgramNames.isPython(program)) {
            int m = argv.indexOf("-m");
            if (m > 0 && m + 1 < argv.size()) {
                String module = argv.get(m + 1);
                for (String serving : SERVING_MODULES) {
                    if (serving.endsWith(".") ? module.startsWith(serving) : module.equals(serving)) {
                        return Optional.of("python -m " + module);
                    }
                }
            }
        }
        if (program.equals("node") && first.isPresent() && NODE_SERVER_FILES.contains(baseName(first.get()))) {
            return Optional.of("node " + first.get());
        }
        if (program.equals("java") && argv.contains("-jar")) {
            return Optional.of("java -jar");
        }
        return Optional.empty();
    }

    private static Optional<String> firstPositional(List<String> argv, int from) {
        for (int i = from; i < argv.size(); i++) {
            if (!argv.get(i).startsWith("-")) {
                return Optional.of(argv.get(i));
            }
        }
        return Optional.empty();
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
