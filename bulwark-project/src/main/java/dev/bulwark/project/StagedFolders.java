package dev.bulwark.project;

import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folders that build scripts fill before they build. A script or Makefile that runs
 * {@code docker build} (or podman, buildah) and copies into a folder with {@code cp}, {@code rsync},
 * {@code mv}, {@code ln} or {@code install} stages that folder: sagemaker's
 * {@code cp -r docker/build_artifacts/* docker/$short_version/} before
 * {@code docker build … docker/$short_version/}. The copy's destination is resolved from the
 * script's folder or any folder above it up to the repository root (a script under
 * {@code scripts/} runs from the root), a word with a variable standing for any one folder name
 * but the first ({@code $OUTDIR/} may be anywhere); a destination that starts with {@code .} or
 * {@code ..}, or one in a Makefile, from the script's own folder only.
 * A folder is staged when such a copy lands in it and it holds nothing but Dockerfiles and what
 * the copies bring (names found in their sources, so a folder left filled by an earlier run is
 * still one): what a whole-context COPY takes from it is what the script chose.
 */
public final class StagedFolders {
    /** One copy of a build script: where it may run from, its destination, and the names it brings. */
    private record Copy(List<Path> cwds, String destination, List<String> sources) {
    }

    private final ContextTree tree;
    private final List<Copy> copies = new ArrayList<>();

    public StagedFolders(List<ScriptContexts.ScriptFile> scripts, ContextTree tree) {
        this.tree = tree;
        for (ScriptContexts.ScriptFile f : scripts) {
            String text = f.source().text();
            if (!text.contains("build") || !(text.contains("cp ") || text.contains("rsync ") || text.contains("mv ")
                    || text.contains("ln ") || text.contains("install "))) {
                continue;
            }
            List<SimpleCommand> commands = commands(text, f.makefile());
            if (runsBuild(commands)) {
                for (SimpleCommand c : commands) {
                    addCopy(f, c);
                }
            }
        }
    }

    /** Whether a build script copies into {@code folder}, which holds only Dockerfiles and what the copies bring. */
    public boolean staged(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        Set<String> brought = new HashSet<>();
        boolean filled = false;
        for (Copy c : copies) {
            for (Path cwd : c.cwds()) {
                Path destination = cwd.resolve(c.destination()).normalize();
                if (matches(destination, dir)) {
                    filled = true;
                    addNames(cwd, c.sources(), brought);
                    break;
                }
                // `cp serve.py docker/1.15/serve.py`: a file of the folder (a variable names the folder itself).
                if (destination.getParent() != null && !destination.getFileName().toString().contains("$")
                        && matches(destination.getParent(), dir)) {
                    filled = true;
                    brought.add(destination.getFileName().toString());
                    break;
                }
            }
        }
        if (!filled) {
            return false;
        }
        for (ContextTree.Entry e : tree.list(dir).entries()) {
            if (!isDockerfile(e.name()) && !brought.contains(e.name())) {
                return false;
            }
        }
        return true;
    }

    // A shell script is parsed whole (continuations, functions); a Makefile recipe line by line, its
    // simple variables substituted.
    private static List<SimpleCommand> commands(String text, boolean makefile) {
        if (!makefile) {
            return ShellParser.parse(text).commands();
        }
        List<SimpleCommand> out = new ArrayList<>();
        Map<String, String> variables = ScriptContexts.makeVariables(text);
        for (String recipe : text.split("\n")) {
            if (!recipe.startsWith("\t")) {
                continue;
            }
            String substituted = ScriptContexts.substitute(recipe, variables);
            out.addAll(ShellParser.parse(ScriptContexts.recipeCommand(substituted == null ? recipe : substituted))
                    .commands());
        }
        return out;
    }

    private static boolean runsBuild(List<SimpleCommand> commands) {
        for (SimpleCommand c : commands) {
            if (ScriptContexts.buildArguments(c.words()) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void addCopy(ScriptContexts.ScriptFile f, SimpleCommand c) {
        if (!c.is("cp", "rsync", "mv", "ln", "install")) {
            return;
        }
        List<String> positional = new ArrayList<>();
        String target = null;
        List<Word> args = c.arguments();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i).value();
            if (a.equals("-t") && i + 1 < args.size()) {
                target = args.get(++i).value();
            } else if (a.startsWith("--target-directory=")) {
                target = a.substring("--target-directory=".length());
            } else if (!a.startsWith("-")) {
                positional.add(a);
            }
        }
        if (target == null && positional.size() >= 2) {
            target = positional.remove(positional.size() - 1);
        }
        if (target == null || positional.isEmpty()) {
            return;
        }
        while (target.startsWith("./")) {
            target = target.substring(2);
        }
        int slash = target.indexOf('/');
        String first = slash < 0 ? target : target.substring(0, slash);
        // `$OUT/` may be anywhere; `.` and `..` are relative to a folder only the script's own can be.
        if (first.contains("$")) {
            return;
        }
        boolean ownFolder = f.makefile() || first.equals(".") || first.equals("..") || first.isEmpty();
        Path folder = f.file().toAbsolutePath().normalize().getParent();
        Path root = f.root().toAbsolutePath().normalize();
        List<Path> cwds = new ArrayList<>();
        for (Path p = folder; p != null; p = p.getParent()) {
            cwds.add(p);
            if (ownFolder || p.equals(root)) {
                break;
            }
        }
        copies.add(new Copy(cwds, target, positional));
    }

    // Folder names compared one by one; a destination's word with a variable stands for any one.
    private static boolean matches(Path destination, Path folder) {
        if (destination.getNameCount() != folder.getNameCount() || destination.getRoot() == null
                || !destination.getRoot().equals(folder.getRoot())) {
            return false;
        }
        for (int i = 0; i < folder.getNameCount(); i++) {
            String d = destination.getName(i).toString();
            if (!d.contains("$") && !d.equals(folder.getName(i).toString())) {
                return false;
            }
        }
        return true;
    }

    // `dir/*`, `dir/` and `dir/.` bring dir's entries, `dir/*.py` those matching, anything else its own name.
    private void addNames(Path cwd, List<String> sources, Set<String> out) {
        for (String s : sources) {
            String path = s.endsWith("/.") ? s.substring(0, s.length() - 1) : s;
            if (path.endsWith("/")) {
                addEntries(cwd.resolve(path).normalize(), "*", out);
                continue;
            }
            int slash = path.lastIndexOf('/');
            String last = path.substring(slash + 1);
            if (CopyGlob.hasWildcard(last)) {
                addEntries(cwd.resolve(slash < 0 ? "." : path.substring(0, slash)).normalize(), last, out);
            } else {
                out.add(last);
            }
        }
    }

    private void addEntries(Path folder, String pattern, Set<String> out) {
        for (ContextTree.Entry e : tree.list(folder).entries()) {
            if (CopyGlob.matches(pattern, e.name())) {
                out.add(e.name());
            }
        }
    }

    // Dockerfiles and their variants and templates: what the folder tracks for the build itself.
    private static boolean isDockerfile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.endsWith(".dockerignore") && (n.startsWith("dockerfile") || n.startsWith("containerfile")
                || n.endsWith("dockerfile") || n.endsWith(".containerfile"));
    }
}
