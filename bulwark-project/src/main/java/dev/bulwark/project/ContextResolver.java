package dev.bulwark.project;

import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.ignore.DockerignoreFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds how each Dockerfile is built: the declared builds that name it (every {@link
 * ContextProvider}), or else one inferred context, the nearest folder from the Dockerfile's up to
 * the repository root (a folder holding {@code .git}, the listing's root, or the given bound) in
 * which its COPY/ADD sources exist. Facts of a context are walked once per (folder, ignore file)
 * and shared; instances are safe for concurrent use.
 */
public final class ContextResolver {
    private static final int IGNORE_FILE_CHARS = 1 << 20;

    private final ContextTree tree;
    private final ContextWalk walk;
    private final Map<Path, List<ContextDeclaration>> byDockerfile = new HashMap<>();
    private final Map<String, ContextFacts> facts = new ConcurrentHashMap<>();

    public ContextResolver(ContextTree tree, WalkLimits limits, List<ContextProvider> providers) {
        this.tree = tree;
        this.walk = new ContextWalk(tree, limits);
        for (ContextProvider provider : providers) {
            for (ContextDeclaration d : provider.declarations()) {
                List<ContextDeclaration> list = byDockerfile.get(d.dockerfile());
                if (list == null) {
                    list = new ArrayList<>();
                    byDockerfile.put(d.dockerfile(), list);
                }
                list.add(d);
            }
        }
    }

    /**
     * The builds of a Dockerfile.
     *
     * @param dockerfile  its file on disk
     * @param displayPath the path findings show for it; the ignore file's is derived from it
     * @param sources     its COPY/ADD context sources, expanded (for the inference)
     * @param bound       the highest folder an inferred context may be (the audit root), when known
     */
    public List<BuildUse> builds(Path dockerfile, String displayPath, List<String> sources, Optional<Path> bound) {
        Path file = dockerfile.toAbsolutePath().normalize();
        List<BuildUse> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ContextDeclaration> declared = byDockerfile.get(file);
        if (declared != null) {
            for (ContextDeclaration d : declared) {
                Optional<IgnoreFile> ignore = ignoreFile(file, displayPath, d.context());
                String key = d.context() + "\n" + (ignore.isPresent() ? ignore.get().file() : "");
                if (seen.add(key)) {
                    out.add(new BuildUse(d.source(), file, d.context(), ignore, d.declaredAt(), d.origin(),
                            d.namedContexts()));
                }
            }
            return out;
        }
        Path context = infer(file, sources, bound);
        out.add(new BuildUse(ContextSource.INFERRED, file, context, ignoreFile(file, displayPath, context),
                Optional.empty(), "inferred", List.of()));
        return out;
    }

    /** What the build's context sends (walked once per folder and ignore file). */
    public ContextFacts facts(BuildUse use) {
        String key = use.context() + "\n" + (use.ignore().isPresent() ? use.ignore().get().file() : "");
        ContextFacts known = facts.get(key);
        if (known != null) {
            return known;
        }
        ContextFacts walked = walk.walk(use.context(), use.ignore());
        ContextFacts first = facts.putIfAbsent(key, walked);
        return first != null ? first : walked;
    }

    public ContextTree tree() {
        return tree;
    }

    /** Spec 2.1: {@code <Dockerfile>.dockerignore} beside the Dockerfile replaces the context root's. */
    Optional<IgnoreFile> ignoreFile(Path dockerfile, String displayPath, Path context) {
        Path folder = dockerfile.getParent();
        Path name = dockerfile.getFileName();
        if (folder == null || name == null) {
            return Optional.empty();
        }
        Path specific = folder.resolve(name + ".dockerignore");
        Optional<String> text = tree.read(specific, IGNORE_FILE_CHARS);
        Path chosen = specific;
        if (text.isEmpty()) {
            chosen = context.resolve(".dockerignore");
            text = tree.read(chosen, IGNORE_FILE_CHARS);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String shown = display(dockerfile, displayPath, chosen);
        return Optional.of(new IgnoreFile(chosen, new SourceText(shown, text.get()),
                DockerignoreFile.parse(shown, text.get())));
    }

    // The display path of `other`: relative to the folder the Dockerfile's display path is
    // relative to (the working folder when the display path climbs out of it with `..`).
    public static String display(Path dockerfile, String displayPath, Path other) {
        Path shown = Path.of(displayPath);
        if (shown.isAbsolute()) {
            return other.toString();
        }
        Path base = null;
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.resolve(shown).normalize().equals(dockerfile)) {
            base = cwd;
        } else {
            base = dockerfile;
            for (int i = 0; i < shown.getNameCount() && base != null; i++) {
                base = base.getParent();
            }
        }
        if (base == null) {
            return other.toString();
        }
        String rel = base.relativize(other).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    private Path infer(Path dockerfile, List<String> sources, Optional<Path> bound) {
        Path start = dockerfile.getParent();
        if (start == null) {
            return dockerfile;
        }
        List<String> wanted = new ArrayList<>();
        for (String s : sources) {
            String p = DockerignoreFile.normalize(s);
            if (!p.equals(".") && !p.startsWith("../")) {
                wanted.add(p);
            }
        }
        if (wanted.isEmpty()) {
            return start;
        }
        Path best = start;
        int bestCount = 0;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            int count = 0;
            for (String s : wanted) {
                if (exists(dir, s)) {
                    count++;
                }
            }
            if (count == wanted.size()) {
                return dir;
            }
            if (count > bestCount) {
                best = dir;
                bestCount = count;
            }
            if (isRoot(dir, bound)) {
                break;
            }
        }
        return best;
    }

    private boolean isRoot(Path dir, Optional<Path> bound) {
        if (bound.isPresent() && dir.equals(bound.get().toAbsolutePath().normalize())) {
            return true;
        }
        if (tree instanceof ListingTree l && dir.equals(l.root())) {
            return true;
        }
        return tree.entry(dir.resolve(".git")).isPresent();
    }

    // A literal source exists as written; one with wildcards when its literal folder part exists
    // and some entry there matches its first wildcard segment.
    private boolean exists(Path dir, String source) {
        if (!CopyGlob.hasWildcard(source)) {
            return tree.entry(dir.resolve(source)).isPresent();
        }
        String[] parts = source.split("/");
        Path folder = dir;
        for (String part : parts) {
            if (!CopyGlob.hasWildcard(part)) {
                folder = folder.resolve(part);
                continue;
            }
            for (ContextTree.Entry e : tree.list(folder).entries()) {
                if (CopyGlob.matches(part, e.name())) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }
}
