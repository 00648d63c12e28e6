package dev.bulwark.rules.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What an ML command line starts, read from its words (one program invocation, as a container's
 * entrypoint and command or one command of a shell script): the web UIs of ML tools, PyTorch
 * training launchers, and the degree of tensor parallelism a model server is asked for. Dockerfile,
 * Compose and Kubernetes rules share the lists, so a command means the same in every file.
 */
public final class MlCommands {
    /** Jupyter's server applications, the docker-stacks start scripts and tools that embed the server. */
    private static final Set<String> JUPYTER_PROGRAMS = Set.of("jupyter", "jupyter-lab", "jupyter-notebook",
            "jupyter-server", "jupyterhub-singleuser", "start-notebook.sh", "start-notebook.py",
            "start-singleuser.sh", "start-singleuser.py", "voila");
    private static final Set<String> JUPYTER_MODULES = Set.of("jupyter", "notebook", "jupyterlab", "jupyter_server");
    // `jupyter nbconvert`, `jupyter kernelspec`... run a tool and exit; only these start a server.
    private static final Set<String> JUPYTER_SERVER_SUBCOMMANDS = Set.of("lab", "notebook", "server", "labhub");

    /**
     * Programs that launch PyTorch (distributed) training: {@code torchrun} and
     * {@code python -m torch.distributed.run}/{@code launch}, DeepSpeed's launcher, Hugging Face
     * Accelerate's {@code accelerate launch}, TorchX, and the training CLIs of LLaMA-Factory and Axolotl.
     */
    private static final Set<String> TRAINING_PROGRAMS = Set.of("torchrun", "deepspeed", "torchx");
    private static final Set<String> TRAINING_MODULES = Set.of("torch.distributed.run", "torch.distributed.launch",
            "deepspeed.launcher.runner", "accelerate.commands.launch", "axolotl.cli.train");

    /** Options naming the number of GPUs a model server shards a model over (vLLM, SGLang, TGI, TensorRT-LLM). */
    private static final Set<String> TENSOR_PARALLEL_OPTIONS = Set.of("--tensor-parallel-size", "-tp", "--tp",
            "--tp-size", "--num-shard");

    private MlCommands() {
    }

    /** The program a word names: its last path component ({@code /usr/bin/torchrun} is {@code torchrun}). */
    public static String program(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    /**
     * True when the words start a Jupyter server: a server program ({@code jupyter-lab},
     * {@code start-notebook.sh}), {@code jupyter lab|notebook|server}, or {@code python -m} with a
     * server module ({@code jupyterlab}; {@code -m jupyter} takes the same subcommands). Asking for
     * {@code --version} or {@code --help} starts nothing.
     */
    public static boolean startsJupyter(List<String> argv) {
        if (argv.contains("--version") || argv.contains("--help") || argv.contains("-h")) {
            return false;
        }
        for (int i = 0; i < argv.size(); i++) {
            String p = program(argv.get(i));
            boolean module = argv.get(i).equals("-m") && i + 1 < argv.size();
            String name = module ? argv.get(i + 1) : p;
            int next = module ? i + 2 : i + 1;
            if (name.equals("jupyter")) {
                return next < argv.size() && JUPYTER_SERVER_SUBCOMMANDS.contains(argv.get(next));
            }
            if (module ? JUPYTER_MODULES.contains(name) : JUPYTER_PROGRAMS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ML tool UI the words start, named for messages: "Jupyter server", "TensorBoard",
     * "MLflow server" ({@code mlflow server}/{@code mlflow ui}), "Ray head" ({@code ray start --head},
     * which runs the Ray dashboard and job API). These execute code or show experiment data without
     * authentication by default.
     */
    public static Optional<String> toolServer(List<String> argv) {
        if (startsJupyter(argv)) {
            return Optional.of("Jupyter server");
        }
        for (int i = 0; i < argv.size(); i++) {
            String p = program(argv.get(i));
            String next = i + 1 < argv.size() ? argv.get(i + 1) : "";
            boolean module = argv.get(i).equals("-m");
            if (p.equals("tensorboard") || module && (next.equals("tensorboard") || next.equals("tensorboard.main"))) {
                return Optional.of("TensorBoard");
            }
            if ((p.equals("mlflow") || module && next.equals("mlflow")) && mlflowServer(argv, module ? i + 2 : i + 1)) {
                return Optional.of("MLflow server");
            }
            if (p.equals("ray") && next.equals("start") && argv.contains("--head")) {
                return Optional.of("Ray head");
            }
        }
        return Optional.empty();
    }

    private static boolean mlflowServer(List<String> argv, int subcommandAt) {
        if (subcommandAt >= argv.size()) {
            return false;
        }
        String sub = argv.get(subcommandAt);
        return sub.equals("server") || sub.equals("ui");
    }

    /** True when the words launch PyTorch training ({@link #TRAINING_PROGRAMS}, {@code accelerate launch}...). */
    public static boolean launchesTraining(List<String> argv) {
        for (int i = 0; i < argv.size(); i++) {
            String p = program(argv.get(i));
            String next = i + 1 < argv.size() ? argv.get(i + 1) : "";
            if (TRAINING_PROGRAMS.contains(p)) {
                return true;
            }
            if (argv.get(i).equals("-m") && TRAINING_MODULES.contains(next)) {
                return true;
            }
            if (p.equals("accelerate") && next.equals("launch")) {
                return true;
            }
            if ((p.equals("llamafactory-cli") || p.equals("axolotl")) && next.equals("train")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a script or a command line written as one string launches training: its words, split
     * at blanks and at the shell's command separators, as {@link #launchesTraining} reads them.
     * For text a model holds unparsed (a container's inline script, a {@code command} item such as
     * {@code "torchrun --nproc_per_node=8 train.py"}).
     */
    public static boolean launchesTraining(String script) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= script.length(); i++) {
            boolean separator = i == script.length() || isWordSeparator(script.charAt(i));
            if (separator && start >= 0) {
                words.add(script.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return launchesTraining(words);
    }

    private static boolean isWordSeparator(char c) {
        return Character.isWhitespace(c) || c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '`'
                || c == '"' || c == '\'';
    }

    /** The tensor-parallel degree the words ask for ({@code --tensor-parallel-size 4}, {@code --num-shard=2}). */
    public static OptionalInt tensorParallelism(List<String> argv) {
        for (int i = 0; i < argv.size(); i++) {
            String word = argv.get(i);
            int eq = word.indexOf('=');
            String option = eq < 0 ? word : word.substring(0, eq);
            if (!TENSOR_PARALLEL_OPTIONS.contains(option)) {
                continue;
            }
            String value = eq >= 0 ? word.substring(eq + 1) : i + 1 < argv.size() ? argv.get(i + 1) : "";
            OptionalInt n = positive(value);
            if (n.isPresent()) {
                return n;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt positive(String digits) {
        if (digits.isEmpty() || digits.length() > 4) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }
}
