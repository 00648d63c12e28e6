package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dependency install from manifests ({@code pip install -r}, {@code npm ci}, {@code poetry
 * install}, {@code uv sync}, …) that runs after the whole build context was copied in the same
 * stage chain, with no install of the same kind before that copy: any source change invalidates
 * the cached dependency layer.
 */
@RuleInfo(code = "DF042", name = "context-copied-before-dependencies", practice = Practice.LAYER_OPTIMIZATION,
        severity = Severity.WARNING,
        summary = "Dependencies are installed after `COPY . .`, so every code change reinstalls them.",
        fix = "Copy only the dependency manifests, install, then `COPY . .`.")
public final class ContextCopiedBeforeDependencies implements DockerfileRule {
    private static final Set<String> PIP_VALUES = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
            "--prefix", "--root", "--src", "--trusted-host", "--cache-dir", "--platform", "--python-version");
    private static final Set<String> POETRY_VALUES = Set.of("--only", "--with", "--without", "-E", "--extras",
            "-C", "--directory", "-P", "--project");
    private static final Set<String> UV_VALUES = Set.of("--extra", "--group", "--only-group", "--no-group",
            "--package", "-p", "--python", "--directory", "--project", "--index-url", "--extra-index-url");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            Optional<Instruction> wholeCopy = Optional.empty();
            Set<String> installedBefore = new HashSet<>();
            for (Instruction instruction : StageChain.of(stage).instructions()) {
                boolean own = stage.contains(instruction);
                if (wholeCopy.isEmpty() && copiesWholeContext(ctx, instruction)) {
                    wholeCopy = Optional.of(instruction);
                    continue;
                }
                if (!(instruction instanceof RunInstruction run)) {
                    continue;
                }
                for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                    Optional<String> kind = dependencyInstall(command);
                    if (kind.isEmpty()) {
                        continue;
                    }
                    if (wholeCopy.isEmpty()) {
                        installedBefore.add(kind.get());
                    } else if (own && !installedBefore.contains(kind.get())) {
                        SimpleCommand c = command.effective();
                        sink.report(c.nameRange(), "`" + kind.get() + "` after `COPY .` at line "
                                + wholeCopy.get().startLine());
                        installedBefore.add(kind.get());
                    }
                }
            }
        }
    }

    static boolean copiesWholeContext(DockerfileContext ctx, Instruction instruction) {
        for (CopySources.Source source : CopySources.of(ctx.model(), instruction)) {
            if (DockerignoreFile.normalize(source.path()).equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** The kind of manifest-driven dependency install the command is, as shown in messages. */
    static Optional<String> dependencyInstall(SimpleCommand command) {
        SimpleCommand c = command.effective();
        if (ProgramNames.runsPip(c)) {
            boolean install = c.hasSubcommand(PIP_VALUES, "install");
            return install && c.hasFlag(PIP_VALUES, "-r", "--requirement") ? Optional.of("pip install -r")
                    : Optional.empty();
        }
        if (NpmInstallInsteadOfCi.installsProject(c).isPresent()) {
            return Optional.of("npm install");
        }
        List<Word> p = c.positionals(Set.of("--prefix", "-w", "--workspace", "--omit", "--cwd", "--filter", "-C",
                "--dir"));
        String sub = p.isEmpty() ? "" : p.get(0).value();
        if (c.is("npm") && sub.equals("ci")) {
            return Optional.of("npm ci");
        }
        if (c.is("yarn") && (p.isEmpty() || sub.equals("install")) && !c.hasFlag("--version", "-v", "--help")) {
            return Optional.of("yarn install");
        }
        if (c.is("pnpm") && (sub.equals("install") || sub.equals("i")) && p.size() == 1) {
            return Optional.of("pnpm install");
        }
        if (c.is("poetry") && c.hasSubcommand(POETRY_VALUES, "install")
                && !c.hasFlag(POETRY_VALUES, "--only-root")) {
            return Optional.of("poetry install");
        }
        if (c.is("uv") && c.hasSubcommand(UV_VALUES, "sync")) {
            return Optional.of("uv sync");
        }
        if (c.is("pipenv") && (sub.equals("sync") || sub.equals("install") && p.size() == 1)) {
            return Optional.of("pipenv " + sub);
        }
        if (c.is("bundle") && sub.equals("install")) {
            return Optional.of("bundle install");
        }
        if (c.is("go") && p.size() >= 2 && sub.equals("mod") && p.get(1).is("download")) {
            return Optional.of("go mod download");
        }
        return Optional.empty();
    }
}
