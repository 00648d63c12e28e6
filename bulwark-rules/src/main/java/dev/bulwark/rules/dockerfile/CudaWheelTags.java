package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.images.CudaImages.CudaVersion;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The CUDA build that installed framework packages target, read from pip, uv and conda commands
 * and from the index variables pip and uv read: PyTorch's wheel indexes ({@code …/whl/cu121},
 * {@code …/whl/cpu}), local version labels ({@code torch==2.1.2+cu121}), package names with a
 * CUDA line ({@code cupy-cuda12x}, {@code nvidia-cudnn-cu11}, {@code jax[cuda12]}) and conda's
 * {@code pytorch-cuda=11.8} / {@code cudatoolkit=11.3}. Variables are expanded with the values
 * the Dockerfile gives them; words that stay unknown are skipped.
 */
final class CudaWheelTags {

    /**
     * One package source or requirement that targets a CUDA line, or CPU only ({@code version}
     * empty). {@code display} is safe to show: URLs are cut to their wheel-index tail.
     */
    record CudaTarget(TextRange range, String display, Optional<CudaVersion> version) {
        boolean cpuOnly() {
            return version.isEmpty();
        }
    }

    private static final Set<String> PIP_VALUE_OPTIONS = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi", "--root",
            "--prefix", "--src", "--upgrade-strategy", "-i", "--index-url", "--extra-index-url", "-f",
            "--find-links", "--global-option", "-C", "--config-settings", "--cache-dir", "--log", "--proxy",
            "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert",
            "--progress-bar", "--python", "--report", "--only-binary", "--no-binary", "--torch-backend",
            "--index", "--default-index", "--index-strategy", "-p");
    private static final Set<String> CONDA_VALUE_OPTIONS = Set.of("-c", "--channel", "-n", "--name", "-p",
            "--prefix", "--file", "--override-channels", "--repodata-fn", "--solver");
    private static final Set<String> CONDA = Set.of("conda", "mamba", "micromamba");
    private static final Set<String> INDEX_VARIABLES = Set.of("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL",
            "PIP_FIND_LINKS", "UV_INDEX_URL", "UV_EXTRA_INDEX_URL", "UV_INDEX", "UV_DEFAULT_INDEX", "UV_FIND_LINKS");

    // download.pytorch.org/whl/cu121, …/whl/nightly/cu124, …/whl/test/cpu, …/whl/cpu/torch_stable.html
    private static final LazyPattern WHEEL_INDEX = LazyPattern.of("/whl/(?:nightly/|test/)?(cu(\\d{2,3})|cpu)(?=/|$)");
    private static final LazyPattern TORCH_BACKEND = LazyPattern.of("^(?:cu(\\d{2,3})|(cpu))$");
    private static final LazyPattern LOCAL_CU = LazyPattern.of("\\+cu(\\d{2,3})(?![\\d])");
    private static final LazyPattern LOCAL_CPU = LazyPattern.of("\\+cpu(?![a-z\\d])");
    private static final LazyPattern LOCAL_CUDA = LazyPattern.of("\\+cuda(\\d+)(?![\\d])");
    private static final LazyPattern JAX_EXTRA = LazyPattern.of("^jax\\[([^\\]]*)\\]");
    private static final LazyPattern CUDA_EXTRA = LazyPattern.of("(?:^|,)\\s*cuda(\\d+)(?:_[a-z]+)?\\s*(?=,|$)");
    private static final LazyPattern CUPY = LazyPattern.of("^cupy-cuda(\\d+)(x)?(?=$|[=<>!~;\\[ ])");
    private static final LazyPattern NVIDIA_LIB = LazyPattern.of("^nvidia-[a-z0-9-]+?-cu(\\d+)(?=$|[=<>!~;\\[ ])");
    private static final LazyPattern PACKAGE_NAME = LazyPattern.of("^([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final LazyPattern SPACES = LazyPattern.of("\\s+");
    private static final Set<String> CPU_PACKAGES = Set.of("tensorflow-cpu", "tensorflow_cpu");
    private static final LazyPattern CONDA_CUDA = LazyPattern.of(
            "^(pytorch-cuda|cudatoolkit|cuda-version|cuda-toolkit|cuda-runtime)[=<>~! ]*=?(\\d+)(?:\\.(\\d+))?");

    private CudaWheelTags() {
    }

    /** The CUDA targets of packages one instruction installs (RUN) or configures (ENV). */
    static List<CudaTarget> of(DockerfileModel model, Instruction instruction) {
        List<CudaTarget> out = new ArrayList<>();
        if (instruction instanceof EnvInstruction env) {
            for (KeyValue pair : env.pairs()) {
                if (INDEX_VARIABLES.contains(pair.key())) {
                    for (String url : SPACES.get().split(model.expand(env, pair.value()).text())) {
                        addIfPresent(out, indexTarget(url, pair.valueRange()));
                    }
                } else if (pair.key().equals("UV_TORCH_BACKEND")) {
                    addIfPresent(out, backend(model.expand(env, pair.value()).text(), pair.valueRange()));
                }
            }
        } else if (instruction instanceof RunInstruction run) {
            for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                SimpleCommand c = command.effective();
                if (ProgramNames.runsPip(c) && c.hasSubcommand(PIP_VALUE_OPTIONS, "install")) {
                    pip(model, run, c, out);
                } else if (CONDA.contains(c.baseName().orElse(""))
                        && c.hasSubcommand(CONDA_VALUE_OPTIONS, "install", "create")) {
                    conda(model, run, c, out);
                }
            }
        }
        return out;
    }

    private static void addIfPresent(List<CudaTarget> out, Optional<CudaTarget> target) {
        if (target.isPresent()) {
            out.add(target.get());
        }
    }

    private static void pip(DockerfileModel model, RunInstruction run, SimpleCommand pip, List<CudaTarget> out) {
        for (Word w : pip.flagValues(PIP_VALUE_OPTIONS, "-i", "--index-url", "--extra-index-url", "-f",
                "--find-links", "--index", "--default-index")) {
            Optional<String> value = value(model, run, w);
            if (value.isPresent()) {
                addIfPresent(out, indexTarget(value.get(), w.range()));
            }
        }
        for (Word w : pip.flagValues(PIP_VALUE_OPTIONS, "--torch-backend")) {
            Optional<String> value = value(model, run, w);
            if (value.isPresent()) {
                addIfPresent(out, backend(value.get(), w.range()));
            }
        }
        List<Word> positionals = pip.positionals(PIP_VALUE_OPTIONS);
        for (Word w : positionals.subList(Math.min(1, positionals.size()), positionals.size())) {
            Optional<String> value = value(model, run, w);
            if (value.isPresent()) {
                addIfPresent(out, requirement(value.get(), w.range()));
            }
        }
    }

    private static void conda(DockerfileModel model, RunInstruction run, SimpleCommand conda, List<CudaTarget> out) {
        List<Word> positionals = conda.positionals(CONDA_VALUE_OPTIONS);
        for (Word w : positionals.subList(Math.min(1, positionals.size()), positionals.size())) {
            Optional<String> value = value(model, run, w);
            if (value.isEmpty()) {
                continue;
            }
            String v = value.get().toLowerCase(Locale.ROOT);
            Matcher m = CONDA_CUDA.matcher(v);
            if (m.find()) {
                out.add(new CudaTarget(w.range(), "`" + value.get() + "`", Optional.of(
                        CudaVersion.of(Integer.parseInt(m.group(2)), m.group(3) == null ? null : Integer.valueOf(m.group(3))))));
            } else if (v.equals("cpuonly")) {
                out.add(new CudaTarget(w.range(), "`cpuonly`", Optional.empty()));
            }
        }
    }

    /** A requirement specifier: local version labels, CUDA-line package names, extras. */
    static Optional<CudaTarget> requirement(String spec, TextRange range) {
        String s = spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        String display = "`" + s + "`";
        if (lower.contains("://")) {
            return indexTarget(s, range);
        }
        if (lower.startsWith("-")) {
            return Optional.empty();
        }
        Matcher m = LOCAL_CU.matcher(lower);
        if (m.find()) {
            return Optional.of(new CudaTarget(range, display, Optional.of(CudaImages.fromCuDigits(m.group(1)))));
        }
        if (LOCAL_CPU.matcher(lower).find()) {
            return Optional.of(new CudaTarget(range, display, Optional.empty()));
        }
        m = LOCAL_CUDA.matcher(lower);
        if (m.find()) {
            return Optional.of(new CudaTarget(range, display, Optional.of(CudaVersion.of(Integer.parseInt(m.group(1)), null))));
        }
        m = JAX_EXTRA.matcher(lower);
        if (m.find()) {
            Matcher extra = CUDA_EXTRA.matcher(m.group(1));
            if (extra.find()) {
                return Optional.of(new CudaTarget(range, display,
                        Optional.of(CudaVersion.of(Integer.parseInt(extra.group(1)), null))));
            }
            if (m.group(1).strip().equals("cpu")) {
                return Optional.of(new CudaTarget(range, display, Optional.empty()));
            }
            return Optional.empty();
        }
        m = CUPY.matcher(lower);
        if (m.find()) {
            CudaVersion v = m.group(2) != null ? CudaVersion.of(Integer.parseInt(m.group(1)), null)
                    : CudaImages.fromCuDigits(m.group(1));
            return Optional.of(new CudaTarget(range, display, Optional.of(v)));
        }
        m = NVIDIA_LIB.matcher(lower);
        if (m.find()) {
            return Optional.of(new CudaTarget(range, display, Optional.of(CudaVersion.of(Integer.parseInt(m.group(1)), null))));
        }
        m = PACKAGE_NAME.matcher(lower);
        if (m.find() && CPU_PACKAGES.contains(m.group(1))) {
            return Optional.of(new CudaTarget(range, display, Optional.empty()));
        }
        return Optional.empty();
    }

    /** A package index or find-links URL of PyTorch's wheel layout. */
    static Optional<CudaTarget> indexTarget(String url, TextRange range) {
        Matcher m = WHEEL_INDEX.matcher(url.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        // Show only the tail: the URL may carry credentials.
        String display = "`…" + url.strip().substring(m.start()) + "`";
        if (m.group(2) == null) {
            return Optional.of(new CudaTarget(range, display, Optional.empty()));
        }
        return Optional.of(new CudaTarget(range, display, Optional.of(CudaImages.fromCuDigits(m.group(2)))));
    }

    private static Optional<CudaTarget> backend(String value, TextRange range) {
        Matcher m = TORCH_BACKEND.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String display = "torch backend `" + value.strip() + "`";
        return Optional.of(new CudaTarget(range, display,
                m.group(1) == null ? Optional.empty() : Optional.of(CudaImages.fromCuDigits(m.group(1)))));
    }

    /** The word's value with the Dockerfile's ARG and ENV values; empty when a variable is unknown. */
    private static Optional<String> value(DockerfileModel model, RunInstruction run, Word word) {
        if (!word.hasExpansion()) {
            return Optional.of(word.value());
        }
        Expansion e = model.expand(run, word.value());
        return e.isOk() && e.undefined().isEmpty() ? Optional.of(e.text()) : Optional.empty();
    }
}
