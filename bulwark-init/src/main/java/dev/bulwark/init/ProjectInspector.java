package dev.bulwark.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a project folder for what its container setup depends on: the package manager (from the
 * files that declare and lock the dependencies), the serving framework and how the code starts it,
 * a health route, and the CUDA build the dependencies ask for. Reads files only; runs nothing.
 * The source walk is bounded ({@link #MAX_DEPTH}, {@link #MAX_SOURCES}) and skips virtualenvs,
 * caches and hidden folders.
 */
public final class ProjectInspector {
    static final int MAX_DEPTH = 4;
    static final int MAX_SOURCES = 400;
    private static final long MAX_SOURCE_BYTES = 256 * 1024;
    private static final Set<String> SKIPPED = Set.of("node_modules", "__pycache__", "site-packages", "venv", "env",
            "build", "dist", "models", "data", "datasets", "checkpoints", "outputs", "wandb", "mlruns");
    private static final Pattern CUDA_INDEX = Pattern.compile("download\\.pytorch\\.org/whl/(cu(\\d{3})|cpu)\\b|\\+cu(\\d{3})\\b");
    private static final Pattern ASSIGNED = Pattern.compile("(?m)^(\\w+)\\s*(?::[^=\\n]+)?=\\s*(?:fastapi\\.)?(FastAPI|Flask)\\(");
    private static final Pattern BENTO_SERVICE = Pattern.compile("@bentoml\\.service[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*\\s*class\\s+(\\w+)");
    private static final Pattern ROUTE = Pattern.compile("[\"'](/(?:healthz|health|readyz|ready|livez|ping))[\"']");
    private static final List<String> HEALTH_ORDER = List.of("/healthz", "/health", "/readyz", "/ready", "/livez", "/ping");
    private static final List<String> TRAIN_SCRIPTS = List.of("train.py", "scripts/train.py", "src/train.py", "training/train.py");

    /** Inspects {@code dir}, which must be a directory. */
    public ProjectFacts inspect(Path dir) throws IOException {
        List<String> notes = new ArrayList<>();
        Optional<String> requirements = read(dir.resolve("requirements.txt"));
        Optional<String> pyproject = read(dir.resolve("pyproject.toml"));
        boolean uvLock = Files.isRegularFile(dir.resolve("uv.lock"));
        boolean poetryLock = Files.isRegularFile(dir.resolve("poetry.lock"));
        boolean poetryTable = pyproject.isPresent() && pyproject.get().contains("[tool.poetry");

        PackageManager manager;
        List<String> files = new ArrayList<>();
        if (pyproject.isPresent() && uvLock) {
            manager = PackageManager.UV;
            files.add("pyproject.toml");
            files.add("uv.lock");
        } else if (pyproject.isPresent() && (poetryLock || poetryTable)) {
            manager = PackageManager.POETRY;
            files.add("pyproject.toml");
            if (poetryLock) {
                files.add("poetry.lock");
            } else {
                notes.add("no poetry.lock: run `poetry lock` before building, the image installs the locked versions");
            }
        } else {
            manager = PackageManager.PIP;
            if (requirements.isPresent()) {
                files.add("requirements.txt");
            } else if (pyproject.isPresent()) {
                files.add("pyproject.toml");
                notes.add("pyproject.toml without a lock file: the image installs it with pip; "
                        + "a requirements.txt with exact versions (or uv.lock) makes builds repeatable");
            } else {
                files.add("requirements.txt");
                notes.add("no requirements.txt or pyproject.toml: list the dependencies in requirements.txt "
                        + "before building");
            }
        }

        Set<String> dependencies = new LinkedHashSet<>();
        StringBuilder declarations = new StringBuilder();
        boolean hashed = false;
        if (requirements.isPresent() && manager == PackageManager.PIP) {
            String text = withIncludes(dir, requirements.get());
            dependencies.addAll(DependencyFiles.ofRequirements(text));
            declarations.append(text).append('\n');
            hashed = DependencyFiles.hashed(text);
        }
        if (pyproject.isPresent()) {
            dependencies.addAll(DependencyFiles.ofPyproject(pyproject.get()));
            declarations.append(pyproject.get()).append('\n');
        }

        List<Source> sources = new ArrayList<>();
        collectSources(dir, dir, 0, sources);
        Framework framework = framework(dir, dependencies);
        ProjectFacts.Entry entry = framework == Framework.NONE ? ProjectFacts.Entry.guess("main.py")
                : entry(dir, framework, sources, notes);
        ProjectFacts.Entry trainEntry = trainEntry(dir, sources);
        Optional<String> health = healthRoute(sources);
        return new ProjectFacts(name(dir, pyproject), manager, files, dependencies, framework, entry, trainEntry, health,
                gpu(dependencies, declarations.toString()), python(dir, pyproject), hashed, hasTests(dir, sources),
                notes);
    }

    private record Source(String path, String text) {
    }

    /** A requirements file with the files it includes ({@code -r other.txt}), one level deep. */
    private static String withIncludes(Path dir, String text) throws IOException {
        StringBuilder all = new StringBuilder(text);
        for (String line : text.split("\n")) {
            String l = line.strip();
            String included = l.startsWith("-r ") ? l.substring(3).strip()
                    : l.startsWith("--requirement ") ? l.substring(14).strip() : "";
            if (!included.isEmpty() && !included.contains("..")) {
                Optional<String> more = read(dir.resolve(included));
                if (more.isPresent()) {
                    all.append('\n').append(more.get());
                }
            }
        }
        return all.toString();
    }

    private static Framework framework(Path dir, Set<String> dependencies) throws IOException {
        if (containsFile(dir, dir, 0, "config.pbtxt")) {
            return Framework.TRITON;
        }
        Optional<String> tsConfig = read(dir.resolve("config.properties"));
        if (tsConfig.isPresent() && tsConfig.get().contains("inference_address")) {
            return Framework.TORCHSERVE;
        }
        for (Framework f : Framework.BY_PACKAGE) {
            if (dependencies.contains(f.pythonPackage())) {
                return f;
            }
        }
        return Framework.NONE;
    }

    private static ProjectFacts.Entry entry(Path dir, Framework framework, List<Source> sources, List<String> notes)
            throws IOException {
        switch (framework) {
            case FASTAPI, FLASK -> {
                for (Source s : sources) {
                    Matcher m = ASSIGNED.matcher(s.text());
                    while (m.find()) {
                        if (m.group(2).equalsIgnoreCase(framework == Framework.FASTAPI ? "FastAPI" : "Flask")) {
                            return moduleEntry(s.path(), m.group(1));
                        }
                    }
                }
                notes.add("no `app = " + (framework == Framework.FASTAPI ? "FastAPI()" : "Flask(__name__)")
                        + "` found: the image starts `main:app`; change CMD if the app is elsewhere");
                return ProjectFacts.Entry.guess("main:app");
            }
            case BENTOML -> {
                Optional<String> bentofile = read(dir.resolve("bentofile.yaml"));
                if (bentofile.isPresent()) {
                    Matcher m = Pattern.compile("(?m)^service:\\s*[\"']?([\\w.]+:\\w+)").matcher(bentofile.get());
                    if (m.find()) {
                        return new ProjectFacts.Entry(m.group(1), "bentofile.yaml", Optional.empty());
                    }
                }
                for (Source s : sources) {
                    Matcher m = BENTO_SERVICE.matcher(s.text());
                    if (m.find()) {
                        return moduleEntry(s.path(), m.group(1));
                    }
                }
                notes.add("no `@bentoml.service` class found: the image serves `service:Service`");
                return ProjectFacts.Entry.guess("service:Service");
            }
            case GRADIO, STREAMLIT -> {
                String module = framework == Framework.GRADIO ? "gradio" : "streamlit";
                for (Source s : sources) {
                    if (s.text().contains("import " + module) && !s.path().startsWith("tests/")) {
                        return scriptEntry(s.path());
                    }
                }
                notes.add("no file imports " + module + ": the image runs `app.py`");
                return ProjectFacts.Entry.guess("app.py");
            }
            case TRITON, TORCHSERVE -> {
                return ProjectFacts.Entry.guess("");
            }
            default -> {
                return ProjectFacts.Entry.guess("main.py");
            }
        }
    }

    /** The training script: a usual name, else the first script with a {@code __main__} block, else a guess. */
    private static ProjectFacts.Entry trainEntry(Path dir, List<Source> sources) {
        for (String candidate : TRAIN_SCRIPTS) {
            if (Files.isRegularFile(dir.resolve(candidate))) {
                return scriptEntry(candidate);
            }
        }
        for (Source s : sources) {
            if (!s.path().startsWith("tests/") && (s.text().contains("if __name__ == \"__main__\"")
                    || s.text().contains("if __name__ == '__main__'"))) {
                return scriptEntry(s.path());
            }
        }
        return ProjectFacts.Entry.guess("train.py");
    }

    /** {@code src/pkg/api.py} and {@code app} as {@code pkg.api:app} run with {@code PYTHONPATH=/app/src}. */
    private static ProjectFacts.Entry moduleEntry(String path, String attribute) {
        String module = path.substring(0, path.length() - 3);
        Optional<String> pythonPath = Optional.empty();
        if (module.startsWith("src/")) {
            module = module.substring(4);
            pythonPath = Optional.of("/app/src");
        }
        if (module.endsWith("/__init__")) {
            module = module.substring(0, module.length() - 9);
        }
        return new ProjectFacts.Entry(module.replace('/', '.') + ":" + attribute, path, pythonPath);
    }

    private static ProjectFacts.Entry scriptEntry(String path) {
        return new ProjectFacts.Entry(path, path, Optional.empty());
    }

    private static Optional<String> healthRoute(List<Source> sources) {
        Set<String> found = new LinkedHashSet<>();
        for (Source s : sources) {
            Matcher m = ROUTE.matcher(s.text());
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        for (String path : HEALTH_ORDER) {
            if (found.contains(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    static ProjectFacts.GpuEvidence gpu(Set<String> dependencies, String declarations) {
        Matcher m = CUDA_INDEX.matcher(declarations);
        Optional<String> cuda = Optional.empty();
        boolean cpu = false;
        String source = "";
        while (m.find()) {
            String digits = m.group(2) != null ? m.group(2) : m.group(3);
            if (digits == null) {
                cpu = true;
                source = m.group();
            } else if (cuda.isEmpty()) {
                cuda = Optional.of(digits.substring(0, digits.length() - 1) + "." + digits.substring(digits.length() - 1));
                source = m.group();
            }
        }
        boolean torch = dependencies.contains("torch") || dependencies.contains("torchvision");
        if (torch && cuda.isPresent()) {
            return new ProjectFacts.GpuEvidence(GpuFramework.TORCH, true, cuda, false, source);
        }
        for (String d : dependencies) {
            if (d.equals("tensorflow[and-cuda]") || d.equals("tensorflow-gpu")) {
                return new ProjectFacts.GpuEvidence(GpuFramework.TENSORFLOW, true, Optional.empty(), false, d);
            }
            if (d.startsWith("jax[cuda")) {
                return new ProjectFacts.GpuEvidence(GpuFramework.JAX, true, Optional.empty(), false, d);
            }
        }
        if (torch) {
            return new ProjectFacts.GpuEvidence(GpuFramework.TORCH, false, Optional.empty(), cpu, cpu ? source : "torch");
        }
        if (dependencies.contains("tensorflow")) {
            return new ProjectFacts.GpuEvidence(GpuFramework.TENSORFLOW, false, Optional.empty(), false, "tensorflow");
        }
        if (dependencies.contains("jax")) {
            return new ProjectFacts.GpuEvidence(GpuFramework.JAX, false, Optional.empty(), false, "jax");
        }
        return ProjectFacts.GpuEvidence.none();
    }

    /** The Python minor version from {@code .python-version} or {@code requires-python}. */
    private static Optional<String> python(Path dir, Optional<String> pyproject) throws IOException {
        Optional<String> pinned = read(dir.resolve(".python-version"));
        if (pinned.isPresent()) {
            Matcher m = Pattern.compile("^\\s*(3\\.\\d+)").matcher(pinned.get());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        if (pyproject.isPresent()) {
            Matcher m = Pattern.compile("requires-python\\s*=\\s*[\"']([^\"']+)[\"']").matcher(pyproject.get());
            if (m.find()) {
                return PythonVersions.minorFor(m.group(1));
            }
            // Poetry's own constraint: ^3.11 is >=3.11,<4; ~3.11 is >=3.11,<3.12.
            m = Pattern.compile("(?m)^python\\s*=\\s*[\"']([~^]?)(3\\.\\d+)[^\"']*[\"']").matcher(pyproject.get());
            if (m.find()) {
                String minor = m.group(2);
                String next = "3." + (Integer.parseInt(minor.substring(2)) + 1);
                return PythonVersions.minorFor(m.group(1).equals("^") ? ">=" + minor
                        : m.group(1).equals("~") ? ">=" + minor + ",<" + next : "==" + minor);
            }
        }
        return Optional.empty();
    }

    private static String name(Path dir, Optional<String> pyproject) {
        String raw = "";
        if (pyproject.isPresent()) {
            Matcher m = Pattern.compile("(?m)^name\\s*=\\s*[\"']([^\"']+)[\"']").matcher(pyproject.get());
            if (m.find()) {
                raw = m.group(1);
            }
        }
        if (raw.isEmpty()) {
            Path fileName = dir.toAbsolutePath().normalize().getFileName();
            raw = fileName == null ? "app" : fileName.toString();
        }
        return dnsName(raw);
    }

    /** A DNS-1123 label: lower case, digits and {@code -}, starting with a letter, at most 40 characters. */
    static String dnsName(String raw) {
        StringBuilder out = new StringBuilder();
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && (out.charAt(out.length() - 1) == '-' || out.length() > 40)) {
            out.setLength(out.length() - 1);
        }
        String name = out.toString();
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "app" + (name.isEmpty() ? "" : "-" + name);
        }
        return name;
    }

    private static boolean hasTests(Path dir, List<Source> sources) {
        if (Files.isDirectory(dir.resolve("tests")) || Files.isDirectory(dir.resolve("test"))) {
            return true;
        }
        for (Source s : sources) {
            String file = s.path().substring(s.path().lastIndexOf('/') + 1);
            if (file.startsWith("test_") || file.endsWith("_test.py")) {
                return true;
            }
        }
        return false;
    }

    private static void collectSources(Path root, Path dir, int depth, List<Source> out) throws IOException {
        if (depth > MAX_DEPTH || out.size() >= MAX_SOURCES) {
            return;
        }
        List<Path> children = sorted(dir);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (Files.isSymbolicLink(child) || name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child)) {
                if (!SKIPPED.contains(name) && !Files.isRegularFile(child.resolve("pyvenv.cfg"))) {
                    collectSources(root, child, depth + 1, out);
                }
            } else if (name.endsWith(".py") && Files.size(child) <= MAX_SOURCE_BYTES && out.size() < MAX_SOURCES) {
                Optional<String> text = read(child);
                if (text.isPresent()) {
                    out.add(new Source(root.relativize(child).toString().replace('\\', '/'), text.get()));
                }
            }
        }
    }

    private static boolean containsFile(Path root, Path dir, int depth, String fileName) throws IOException {
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (Path child : sorted(dir)) {
            String name = child.getFileName().toString();
            if (Files.isSymbolicLink(child) || name.startsWith(".")) {
                continue;
            }
            if (name.equals(fileName) && Files.isRegularFile(child)) {
                return true;
            }
            if (Files.isDirectory(child) && !SKIPPED.contains(name) || name.equals("models")
                    && Files.isDirectory(child)) {
                if (containsFile(root, child, depth + 1, fileName)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A folder's entries in name order, so the first match is the same on every machine. */
    private static List<Path> sorted(Path dir) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                children.add(p);
            }
        }
        children.sort(null);
        return children;
    }

    /** A UTF-8 text file's content; empty when it is missing or not text. */
    static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (MalformedInputException e) {
            return Optional.empty();
        }
    }
}
