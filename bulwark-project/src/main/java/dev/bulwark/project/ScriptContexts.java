package dev.bulwark.project;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The builds that Makefiles and shell scripts run: {@code docker build}, {@code docker buildx
 * build}, {@code docker image build} and {@code podman build} (also {@code buildah bud}) with
 * {@code -f}/{@code --file} and the context argument. A Makefile recipe runs in the Makefile's
 * folder, with its simple variables ({@code NAME = value}, {@code :=}, {@code ?=}) substituted; a
 * script is taken to run from its own folder or, when the Dockerfile is not found from there, from
 * the repository root. Lines with unknown variables, a context from standard input or a URL, or an
 * ambiguous argument list declare nothing.
 */
public final class ScriptContexts implements ContextProvider {
    // Options of `docker build` that take a value as the next word.
    private static final Set<String> VALUE_OPTIONS = Set.of("-t", "--tag", "--build-arg", "--target", "--platform",
            "--build-context", "--label", "--secret", "--ssh", "--cache-from", "--cache-to", "-o", "--output",
            "--network", "--progress", "--iidfile", "--metadata-file", "--add-host", "--builder", "--shm-size",
            "--ulimit", "-m", "--memory", "--memory-swap", "--cpu-shares", "--cpuset-cpus", "--cgroup-parent",
            "--isolation", "--annotation", "--attest", "--allow", "--call", "--security-opt",
            "--format", "--layers", "--jobs", "--os", "--arch", "--variant", "--authfile", "--cert-dir", "--creds",
            "--sign-by", "--timestamp", "--cache-ttl");

    /** A script or Makefile: where it is, its text, whether it is a Makefile, and the repository root. */
    public record ScriptFile(Path file, SourceText source, boolean makefile, Path root) {
    }

    private final List<ScriptFile> files;
    private final ContextTree tree;

    public ScriptContexts(List<ScriptFile> files, ContextTree tree) {
        this.files = List.copyOf(files);
        this.tree = tree;
    }

    @Override
    public List<ContextDeclaration> declarations() {
        List<ContextDeclaration> out = new ArrayList<>();
        for (ScriptFile f : files) {
            Path folder = f.file().toAbsolutePath().normalize().getParent();
            if (folder == null) {
                continue;
            }
            String text = f.source().text();
            Map<String, String> variables = f.makefile() ? makeVariables(text) : Map.of();
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl;
                String line = text.substring(start, end);
                if (line.contains("build") && (line.contains("docker") || line.contains("podman")
                        || line.contains("buildah"))) {
                    scan(f, folder, line, start, variables, out);
                }
                start = end + 1;
            }
        }
        return out;
    }

    private void scan(ScriptFile f, Path folder, String line, int offset, Map<String, String> variables,
                      List<ContextDeclaration> out) {
        String body = line;
        if (f.makefile()) {
            if (!line.startsWith("\t")) {
                return;
            }
            body = substitute(line, variables);
            if (body == null) {
                return;
            }
            body = recipeCommand(body);
        }
        ShellScript script = ShellParser.parse(body);
        for (SimpleCommand c : script.commands()) {
            List<Word> words = c.words();
            int args = buildArguments(words);
            if (args < 0) {
                continue;
            }
            Optional<BuildLine> parsed = fileAndContext(words.subList(args, words.size()));
            if (parsed.isEmpty()) {
                continue;
            }
            String dockerfileArg = parsed.get().file();
            String contextArg = parsed.get().context();
            // Offsets into the file: a Makefile line changed length only if a variable was substituted.
            TextRange range = body.length() == line.length()
                    ? new TextRange(offset + words.get(0).range().start(), offset + words.get(words.size() - 1).range().end())
                    : new TextRange(offset, offset + line.length());
            List<Path> cwds = f.makefile() ? List.of(folder) : List.of(folder, f.root().toAbsolutePath().normalize());
            for (Path cwd : cwds) {
                Path context = cwd.resolve(contextArg).normalize();
                Path dockerfile = dockerfileArg.isEmpty() ? context.resolve("Dockerfile")
                        : cwd.resolve(dockerfileArg).normalize();
                if (tree.entry(dockerfile).isPresent()) {
                    out.add(new ContextDeclaration(ContextSource.SCRIPT, dockerfile, context, List.of(),
                            Optional.of(new Span(f.source(), range)), "`" + c.name().orElse("docker") + " build` in "
                            + f.source().path(), parsed.get().tags()));
                    break;
                }
            }
        }
    }

    /** A Makefile recipe line as the shell gets it: the tab and prefixes blanked, offsets kept. */
    static String recipeCommand(String recipe) {
        // Recipe prefixes: @ (silent), - (ignore errors), + (always run).
        int i = 0;
        while (i < recipe.length() && (recipe.charAt(i) == '\t' || recipe.charAt(i) == '@' || recipe.charAt(i) == '-'
                || recipe.charAt(i) == '+' || recipe.charAt(i) == ' ')) {
            i++;
        }
        return " ".repeat(i) + recipe.substring(i);
    }

    // The index of the first argument after `docker build`/`docker buildx build`/`podman build`, or -1.
    static int buildArguments(List<Word> words) {
        if (words.isEmpty()) {
            return -1;
        }
        String tool = words.get(0).value();
        tool = tool.substring(tool.lastIndexOf('/') + 1);
        List<String> w = new ArrayList<>();
        for (int i = 0; i < words.size() && i < 4; i++) {
            w.add(words.get(i).value());
        }
        if ((tool.equals("docker") || tool.equals("podman")) && w.size() > 1 && w.get(1).equals("build")) {
            return 2;
        }
        if (tool.equals("docker") && w.size() > 2 && (w.get(1).equals("buildx") || w.get(1).equals("image"))
                && w.get(2).equals("build")) {
            return 3;
        }
        if (tool.equals("buildah") && w.size() > 1 && (w.get(1).equals("bud") || w.get(1).equals("build"))) {
            return 2;
        }
        return -1;
    }

    /** A build line's Dockerfile ("" for the default), context and {@code -t} names (a target stage names none). */
    private record BuildLine(String file, String context, List<String> tags) {
    }

    // The build line's arguments, or empty when unclear.
    private static Optional<BuildLine> fileAndContext(List<Word> args) {
        String file = "";
        List<String> positional = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean target = false;
        for (int i = 0; i < args.size(); i++) {
            Word w = args.get(i);
            if (w.hasExpansion()) {
                return Optional.empty();
            }
            String a = w.value();
            if (a.equals("-f") || a.equals("--file")) {
                if (i + 1 >= args.size() || args.get(i + 1).hasExpansion()) {
                    return Optional.empty();
                }
                file = args.get(++i).value();
            } else if (a.startsWith("--file=") || a.startsWith("-f=")) {
                file = a.substring(a.indexOf('=') + 1);
            } else if (a.startsWith("-f") && a.length() > 2 && !a.startsWith("--")) {
                file = a.substring(2);
            } else if ((a.equals("-t") || a.equals("--tag")) && i + 1 < args.size()) {
                tags.add(args.get(++i).value());
            } else if (a.startsWith("--tag=")) {
                tags.add(a.substring("--tag=".length()));
            } else if (VALUE_OPTIONS.contains(a)) {
                target |= a.equals("--target");
                i++;
            } else if (a.startsWith("-")) {
                continue;
            } else {
                positional.add(a);
            }
        }
        if (positional.size() != 1 || file.equals("-")) {
            return Optional.empty();
        }
        String context = positional.get(0);
        if (context.equals("-") || context.contains("://") || context.startsWith("git@")) {
            return Optional.empty();
        }
        return Optional.of(new BuildLine(file, context, target ? List.of() : tags));
    }

    static Map<String, String> makeVariables(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("\t") || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = line.substring(0, eq);
            if (name.endsWith(":") || name.endsWith("?") || name.endsWith("+")) {
                if (name.endsWith("+")) {
                    continue;
                }
                name = name.substring(0, name.length() - 1);
            }
            name = name.strip();
            if (name.startsWith("export ")) {
                name = name.substring(7).strip();
            }
            if (name.isEmpty() || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                continue;
            }
            String value = line.substring(eq + 1).strip();
            if (!value.contains("$") && !out.containsKey(name)) {
                out.put(name, value);
            }
        }
        return out;
    }

    // $(NAME) and ${NAME} replaced by simple variables, $$ by $; null when a variable is unknown.
    static String substitute(String line, Map<String, String> variables) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '$' || i + 1 >= line.length()) {
                out.append(c);
                continue;
            }
            char n = line.charAt(i + 1);
            if (n == '$') {
                out.append('$');
                i++;
            } else if (n == '(' || n == '{') {
                int close = line.indexOf(n == '(' ? ')' : '}', i);
                if (close < 0) {
                    return null;
                }
                String v = variables.get(line.substring(i + 2, close));
                if (v == null) {
                    return null;
                }
                out.append(v);
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
