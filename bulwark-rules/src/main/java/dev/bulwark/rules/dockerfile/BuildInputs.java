package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.RedirectOperator;
import dev.bulwark.shell.Redirection;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files a RUN command reads as build inputs by a relative path (requirements, constraints,
 * a project to install, a conda environment file), and whether a command may write files or move
 * the working directory, which makes any later read unprovable.
 */
final class BuildInputs {
    private static final Set<String> CONDA_VALUE_OPTIONS = Set.of("-n", "--name", "-p", "--prefix", "-c",
            "--channel", "-f", "--file", "--solver", "--override-channels");
    // Commands that may write arbitrary files, fetch them or change directory: strictness over recall.
    private static final Set<String> WRITERS = Set.of("cd", "pushd", "popd", "git", "wget", "curl", "tar", "unzip",
            "gunzip", "bunzip2", "xz", "7z", "cp", "mv", "ln", "touch", "tee", "rsync", "scp", "aws", "gsutil",
            "gcloud", "gdown", "huggingface-cli", "hf", "svn", "hg", "dvc", "install", "dd", "sh", "bash", "dash",
            "zsh", "eval", "source", ".", "pip-compile", "poetry", "uv", "pdm", "conda-lock", "cookiecutter",
            "python", "python3", "make", "cmake", "jupyter", "npm", "npx");

    private BuildInputs() {
    }

    /** The first build input {@code command} reads by a literal relative path, or null. */
    static BuildInput read(SimpleCommand command) {
        Optional<PipCommand> pip = PipCommand.of(command);
        if (pip.isPresent()) {
            return pipInput(command, pip.get());
        }
        SimpleCommand conda = command.effective();
        if (conda.is("conda", "mamba", "micromamba")) {
            return condaInput(command, conda);
        }
        return null;
    }

    private static BuildInput pipInput(SimpleCommand command, PipCommand pip) {
        if (!pip.isInstall()) {
            return null;
        }
        String[][] fileOptions = {{"-r", "--requirement"}, {"-c", "--constraint"}, {"-e", "--editable"}};
        for (String[] forms : fileOptions) {
            for (Word value : pip.flagValues(forms)) {
                String path = relativePath(value);
                if (path != null) {
                    return new BuildInput(command, pip.display() + " " + forms[0] + " " + path, path);
                }
            }
        }
        for (Word target : pip.targets()) {
            String path = relativePath(target);
            // A bare word is a package name; only `.`, `./dir` and `../dir` are certainly paths.
            if (path != null && (path.equals(".") || path.equals("..") || path.startsWith("./")
                    || path.startsWith("../"))) {
                return new BuildInput(command, pip.display() + " " + path, path);
            }
        }
        return null;
    }

    private static BuildInput condaInput(SimpleCommand command, SimpleCommand conda) {
        List<Word> positionals = conda.positionals(CONDA_VALUE_OPTIONS);
        if (positionals.isEmpty()) {
            return null;
        }
        String first = positionals.get(0).value();
        String verb;
        Optional<Word> file;
        if (first.equals("env") && positionals.size() > 1
                && (positionals.get(1).is("create") || positionals.get(1).is("update"))) {
            verb = "env " + positionals.get(1).value();
            file = conda.flagValue(CONDA_VALUE_OPTIONS, "-f", "--file");
        } else if (first.equals("create") || first.equals("install") || first.equals("update")) {
            verb = first;
            // `-f` is micromamba's --file; conda's own `-f` was --force.
            file = conda.is("micromamba") ? conda.flagValue(CONDA_VALUE_OPTIONS, "-f", "--file")
                    : conda.flagValue(CONDA_VALUE_OPTIONS, "--file");
        } else {
            return null;
        }
        String path = file.isPresent() ? relativePath(file.get()) : null;
        if (path == null) {
            return null;
        }
        return new BuildInput(command, conda.baseName().orElse("conda") + " " + verb + " -f " + path, path);
    }

    /** The word as a literal relative file path, or null (a variable, an absolute path, a URL). */
    private static String relativePath(Word word) {
        if (word.hasExpansion()) {
            return null;
        }
        String path = word.value();
        int extras = path.indexOf('[');
        if (extras > 0) {
            path = path.substring(0, extras);
        }
        if (path.isEmpty() || path.startsWith("/") || path.startsWith("~") || path.startsWith("-")
                || path.contains("://") || path.startsWith("git+") || path.indexOf('@') >= 0
                || path.indexOf('$') >= 0 || path.indexOf('*') >= 0) {
            return null;
        }
        return path;
    }

    /** Whether the command may write files or change directory, so a later read may find its file. */
    static boolean mayWriteFiles(SimpleCommand command) {
        for (Redirection r : command.redirections()) {
            RedirectOperator op = r.operator();
            if (!op.isInput() && op != RedirectOperator.DUPLICATE_OUTPUT && !r.target().is("/dev/null")) {
                return true;
            }
        }
        SimpleCommand effective = command.effective();
        if (effective.baseName().isEmpty()) {
            return true;
        }
        if (WRITERS.contains(effective.baseName().get())) {
            return true;
        }
        if (effective.is("conda", "mamba", "micromamba")) {
            return effective.hasArgument("export");
        }
        if (ProgramNames.runsPip(effective)) {
            return effective.hasArgument("download", "wheel", "freeze");
        }
        return false;
    }

    /** A command reading {@code path}, shown in messages as {@code display}. */
    record BuildInput(SimpleCommand command, String display, String path) {
    }
}
