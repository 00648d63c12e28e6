package dev.bulwark.engine.project;

import dev.bulwark.compose.ComposeProject;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.ImageBase;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.engine.Parallel;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.engine.yaml.LandingSettings;
import dev.bulwark.engine.yaml.SpanCollector;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.project.BakeContexts;
import dev.bulwark.project.BuildUse;
import dev.bulwark.project.ComposeContexts;
import dev.bulwark.project.ContextDeclaration;
import dev.bulwark.project.ContextFacts;
import dev.bulwark.project.ContextProvider;
import dev.bulwark.project.ContextResolver;
import dev.bulwark.project.ContextSource;
import dev.bulwark.project.ContextTree;
import dev.bulwark.project.DeclaredContexts;
import dev.bulwark.project.Deployment;
import dev.bulwark.project.DiskTree;
import dev.bulwark.project.ListingTree;
import dev.bulwark.project.MarkdownCommands;
import dev.bulwark.project.ProjectGraph;
import dev.bulwark.project.ScriptContexts;
import dev.bulwark.project.StagedFolders;
import dev.bulwark.project.WalkLimits;
import dev.bulwark.project.WorkflowContexts;
import dev.bulwark.rules.RuleFamily;
import dev.bulwark.rules.context.ContextCheck;
import dev.bulwark.rules.context.ContextRule;
import dev.bulwark.rules.dockerfile.ContextSourceWords;
import dev.bulwark.rules.images.OfficialImages;
import dev.bulwark.rules.project.ContextWaivers;
import dev.bulwark.rules.project.GraphWaiver;
import dev.bulwark.rules.project.GraphWaivers;
import dev.bulwark.rules.project.ProjectCheck;
import dev.bulwark.rules.project.ProjectRule;
import dev.bulwark.rules.setups.Setup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project step, after phase 1 and the Compose loading: for every Dockerfile read from disk,
 * its builds (the Compose {@code build:}s that name it, else an inferred context), what each
 * context sends (one bounded walk per context and ignore file), and the context rules ({@code DI})
 * on each build. Findings are returned unsuppressed with their landing files' severities; the
 * caller applies each landing file's suppressions. The files are the disk's; with
 * {@code listings}, a repository whose root holds a {@code TREE.tsv} is read from that listing
 * (copies of repositories that keep only their container files).
 */
public final class ProjectPhase {
    private final List<Registered> rules;
    private final RuleCatalog catalog;
    // Created when a Dockerfile first has a deployment, so a check of Dockerfiles alone never loads them.
    private List<RegisteredProjectRule> projectRules;
    private final RuleMeta ruleCrashed;
    private final boolean listings;

    private record Registered(ContextRule rule, RuleMeta meta) {
    }

    private record RegisteredProjectRule(ProjectRule rule, RuleMeta meta) {
    }

    /** A Dockerfile of the run. */
    public record DockerfileInput(Path file, String path, DockerfileModel model, FileSettings settings) {
    }

    /**
     * The findings, how many builds each source gave (for tests and reports), the files besides
     * Dockerfiles and YAML where findings may land (ignore files, bake files, scripts), by path,
     * where the project graph proves Dockerfile findings needless, by Dockerfile path, and
     * the graph itself (where imported scanner results land).
     */
    public record Outcome(List<Candidate> candidates, Map<ContextSource, Integer> builds,
                          Map<String, SourceText> landingFiles, Map<String, List<GraphWaiver>> waived, ProjectGraph graph) {
    }

    /** The YAML the project graph reads besides Compose: the manifest set, the CI workflows. */
    public record Deployments(List<ComposeProject> compose, Optional<ManifestSet> manifests,
                              List<WorkflowContexts.WorkflowFile> workflows) {
    }

    public ProjectPhase(RuleCatalog catalog, RuleMeta ruleCrashed, boolean listings) {
        List<Registered> registered = new ArrayList<>();
        for (ContextRule rule : catalog.contextRules()) {
            registered.add(new Registered(rule, catalog.meta(rule)));
        }
        this.rules = List.copyOf(registered);
        this.catalog = catalog;
        this.ruleCrashed = ruleCrashed;
        this.listings = listings;
    }

    /**
     * Whether there is anything to do: context rules, project rules, Dockerfile rules the graph may
     * waive, or Dockerfile rules a test image is not judged on (the graph shows throwaway CI images).
     */
    public boolean hasRules() {
        return !rules.isEmpty() || hasRulesForShippedImagesOnly() || catalog.meta(GraphWaivers.ROOT_USER).isPresent()
                || catalog.meta(GraphWaivers.COPY_FROM_UNKNOWN_STAGE).isPresent()
                || catalog.meta(GraphWaivers.MISSING_HEALTHCHECK).isPresent()
                || catalog.meta(GraphWaivers.LATEST_TAG).isPresent() || catalog.meta(GraphWaivers.UNTAGGED_IMAGE).isPresent()
                || catalog.meta(GraphWaivers.FLOATING_CHANNEL_TAG).isPresent()
                || catalog.meta(GraphWaivers.INEXACT_IMAGE_TAG).isPresent()
                || catalog.meta(ContextWaivers.WHOLE_CONTEXT_WITHOUT_DOCKERIGNORE).isPresent() || hasProjectRuleCodes();
    }

    private boolean hasRulesForShippedImagesOnly() {
        for (RuleMeta m : catalog.metas()) {
            if (m.code().startsWith(RuleFamily.DOCKERFILE.prefix()) && !Setup.TEST.judgesImage(m.practice())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasProjectRuleCodes() {
        for (RuleMeta m : catalog.metas()) {
            if (m.code().startsWith(RuleFamily.PROJECT.prefix())) {
                return true;
            }
        }
        return false;
    }

    private synchronized List<RegisteredProjectRule> projectRules() {
        if (projectRules == null) {
            List<RegisteredProjectRule> registered = new ArrayList<>();
            for (ProjectRule rule : catalog.projectRules()) {
                registered.add(new RegisteredProjectRule(rule, catalog.meta(rule)));
            }
            projectRules = List.copyOf(registered);
        }
        return projectRules;
    }

    public Outcome run(List<DockerfileInput> dockerfiles, Deployments yaml, Settings settings, Parallel parallel) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        // A README's build commands only name images: read when a deployment or a FROM may be one
        // of the repository's own (a one-file check on an official base reads no README).
        boolean readmes = !yaml.compose().isEmpty() || yaml.manifests().isPresent() || buildsOnOtherImages(dockerfiles);
        Resolvers resolvers = new Resolvers(new ComposeContexts(yaml.compose()), new WorkflowContexts(yaml.workflows()),
                listings, dockerfiles, cwd, readmes);
        List<ProjectGraph.DockerfileNode> nodes = new ArrayList<>();
        for (DockerfileInput d : dockerfiles) {
            nodes.add(new ProjectGraph.DockerfileNode(d.file(), d.model()));
        }
        ProjectGraph graph = ProjectGraph.of(nodes, resolvers.declarations(), yaml.compose(), yaml.manifests(),
                settings.images());
        List<BuildTask> tasks = new ArrayList<>();
        for (DockerfileInput d : dockerfiles) {
            tasks.add(new BuildTask(this, d, resolvers, graph, settings, cwd));
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<ContextSource, Integer> counts = new EnumMap<>(ContextSource.class);
        Map<String, SourceText> landing = new HashMap<>(resolvers.declarationSources());
        Map<String, List<GraphWaiver>> waived = new HashMap<>();
        for (TaskResult r : parallel.run(tasks)) {
            candidates.addAll(r.candidates);
            if (!r.waived.isEmpty()) {
                waived.put(r.path, r.waived);
            }
            for (BuildUse use : r.builds) {
                Integer n = counts.get(use.source());
                counts.put(use.source(), n == null ? 1 : n + 1);
                if (use.ignore().isPresent()) {
                    landing.putIfAbsent(use.ignore().get().source().path(), use.ignore().get().source());
                }
            }
        }
        return new Outcome(candidates, counts, landing, waived, graph);
    }

    private static final class TaskResult {
        final String path;
        final List<Candidate> candidates;
        final List<BuildUse> builds;
        final List<GraphWaiver> waived;

        TaskResult(String path, List<Candidate> candidates, List<BuildUse> builds, List<GraphWaiver> waived) {
            this.path = path;
            this.candidates = candidates;
            this.builds = builds;
            this.waived = waived;
        }
    }

    private TaskResult audit(DockerfileInput d, Resolvers resolvers, ProjectGraph graph, Settings settings, Path cwd) {
        Path file = d.file().toAbsolutePath().normalize();
        ContextResolver resolver = resolvers.of(file);
        List<String> sources = new ArrayList<>();
        for (ContextSourceWords.SourceWord s : ContextSourceWords.of(d.model())) {
            sources.add(s.path());
        }
        // An inferred context stays within the repository; a declared one outside it is not walked.
        Path root = root(resolver.tree(), file, cwd);
        Optional<Path> bound = Optional.of(root);
        List<BuildUse> builds = resolver.builds(file, d.path(), sources, bound);
        List<Candidate> found = new ArrayList<>();
        for (BuildUse use : builds) {
            if (!use.context().startsWith(root) || rules.isEmpty()) {
                continue;
            }
            ContextFacts facts = resolver.facts(use);
            for (Registered r : rules) {
                if (!d.settings().enabled(r.meta())) {
                    continue;
                }
                SpanCollector sink = new SpanCollector(r.meta(), new Landing(d, settings));
                try {
                    r.rule().check(new ContextCheck(d.model(), use, facts, resolver.tree(),
                            d.settings().options(r.rule(), r.meta())), sink);
                    found.addAll(sink.found());
                } catch (RuntimeException | StackOverflowError e) {
                    found.add(crash(d, r.meta(), e));
                }
            }
        }
        List<Deployment> deployments = graph.deploymentsOf(file);
        if (!deployments.isEmpty()) {
            for (RegisteredProjectRule r : projectRules()) {
                if (!d.settings().enabled(r.meta())) {
                    continue;
                }
                SpanCollector sink = new SpanCollector(r.meta(), new Landing(d, settings));
                try {
                    r.rule().check(new ProjectCheck(file, d.path(), d.model(), deployments, graph,
                            d.settings().options(r.rule(), r.meta())), sink);
                    found.addAll(sink.found());
                } catch (RuntimeException | StackOverflowError e) {
                    found.add(crash(d, r.meta(), e));
                }
            }
        }
        List<GraphWaiver> waived = new ArrayList<>(GraphWaivers.of(file, d.model(), graph));
        waived.addAll(ContextWaivers.of(builds, root, resolvers.stagedFolders(file)));
        return new TaskResult(d.path(), found, builds, waived);
    }

    /**
     * Whether a stage is built on an image that is not a Docker official image nor pinned by
     * digest: one the repository may build itself under that name.
     */
    private static boolean buildsOnOtherImages(List<DockerfileInput> dockerfiles) {
        for (DockerfileInput d : dockerfiles) {
            for (Stage stage : d.model().stages()) {
                if (stage.base() instanceof ImageBase base && base.ref() instanceof ImageName image
                        && !image.isPinnedByDigest() && !OfficialImages.isOfficial(image)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Candidate crash(DockerfileInput d, RuleMeta meta, Throwable e) {
        return Candidate.crash(new Finding(ruleCrashed, d.settings().severity(ruleCrashed), Location.ofFile(d.path()),
                TextRange.empty(0), "rule " + meta.code() + " (" + meta.name() + ") crashed: " + e.getClass().getName(),
                List.of()), meta.code());
    }


    /**
     * One resolver per file tree (the disk's, or one per repository listing when enabled), each with
     * the builds Compose, the bake files and the scripts of that tree declare. Bake files (any
     * {@code .hcl}, {@code docker-bake*.json}),
     * Makefiles and shell scripts are looked for in the folders from each Dockerfile's up to its
     * repository root, and in their {@code scripts}, {@code docker}, {@code build}, {@code ci},
     * {@code hack} and {@code tools} subfolders; at most {@link #MAX_DECLARATION_FILES} files of at
     * most {@link #MAX_DECLARATION_CHARS} characters are read.
     */
    private static final class Resolvers {
        private final Map<Path, ContextResolver> byListingRoot = new HashMap<>();
        private final Map<Path, StagedFolders> stagedByListingRoot = new HashMap<>();
        private final Map<String, SourceText> declarationSources = new HashMap<>();
        private final List<ContextDeclaration> declarations = new ArrayList<>();
        private ContextResolver disk;
        private StagedFolders diskStaged;

        Resolvers(ComposeContexts compose, WorkflowContexts workflows, boolean listings, List<DockerfileInput> dockerfiles,
                  Path cwd, boolean readReadmes) {
            // Compose and CI declarations span trees: read once, shared by every resolver.
            DeclaredContexts shared = new DeclaredContexts(concat(compose.declarations(), workflows.declarations()));
            declarations.addAll(shared.declarations());
            Map<Path, ContextTree> trees = new LinkedHashMap<>();
            Map<Path, List<DockerfileInput>> byTree = new LinkedHashMap<>();
            DiskTree diskTree = new DiskTree();
            for (DockerfileInput d : dockerfiles) {
                Path file = d.file().toAbsolutePath().normalize();
                Path key = listings ? listingRoot(file) : null;
                Path k = key == null ? DISK : key;
                if (!trees.containsKey(k)) {
                    trees.put(k, key == null ? diskTree : read(key, key.resolve("TREE.tsv")));
                }
                List<DockerfileInput> list = byTree.get(k);
                if (list == null) {
                    list = new ArrayList<>();
                    byTree.put(k, list);
                }
                list.add(d);
            }
            for (Map.Entry<Path, ContextTree> t : trees.entrySet()) {
                ContextTree tree = t.getValue();
                List<BakeContexts.BakeFile> bake = new ArrayList<>();
                List<ScriptContexts.ScriptFile> scripts = new ArrayList<>();
                List<ScriptContexts.ScriptFile> readmes = new ArrayList<>();
                findDeclarationFiles(tree, byTree.get(t.getKey()), cwd, bake, scripts, readReadmes ? readmes : null);
                for (BakeContexts.BakeFile b : bake) {
                    declarationSources.putIfAbsent(b.source().path(), b.source());
                }
                for (ScriptContexts.ScriptFile f : scripts) {
                    declarationSources.putIfAbsent(f.source().path(), f.source());
                }
                DeclaredContexts bakeTargets = new DeclaredContexts(new BakeContexts(bake, Optional.of(tree)).declarations());
                DeclaredContexts scriptLines = new DeclaredContexts(new ScriptContexts(scripts, tree).declarations());
                declarations.addAll(bakeTargets.declarations());
                declarations.addAll(scriptLines.declarations());
                // A README's commands name images for the graph, but a page may be stale or show
                // one way among several, so they never decide a build context.
                declarations.addAll(new ScriptContexts(readmes, tree).declarations());
                List<ContextProvider> providers = List.of(shared, bakeTargets, scriptLines);
                ContextResolver resolver = new ContextResolver(tree, WalkLimits.DEFAULT, providers);
                StagedFolders staged = new StagedFolders(scripts, tree);
                if (t.getKey() == DISK) {
                    disk = resolver;
                    diskStaged = staged;
                } else {
                    byListingRoot.put(t.getKey(), resolver);
                    stagedByListingRoot.put(t.getKey(), staged);
                }
            }
            if (disk == null) {
                disk = new ContextResolver(diskTree, WalkLimits.DEFAULT, List.of(shared));
                diskStaged = new StagedFolders(List.of(), diskTree);
            }
        }

        private static List<ContextDeclaration> concat(List<ContextDeclaration> a, List<ContextDeclaration> b) {
            List<ContextDeclaration> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        Map<String, SourceText> declarationSources() {
            return declarationSources;
        }

        /** Every declaration of every tree, for the project graph. */
        List<ContextDeclaration> declarations() {
            return declarations;
        }

        ContextResolver of(Path dockerfile) {
            Path root = byListingRoot.isEmpty() ? null : listingRoot(dockerfile.toAbsolutePath().normalize());
            ContextResolver r = root == null ? null : byListingRoot.get(root);
            return r != null ? r : disk;
        }

        /** The folders the build scripts of the Dockerfile's tree fill. */
        StagedFolders stagedFolders(Path dockerfile) {
            Path root = byListingRoot.isEmpty() ? null : listingRoot(dockerfile.toAbsolutePath().normalize());
            StagedFolders s = root == null ? null : stagedByListingRoot.get(root);
            return s != null ? s : diskStaged;
        }

        private static Path listingRoot(Path dockerfile) {
            for (Path p = dockerfile.getParent(); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("TREE.tsv"))) {
                    return p;
                }
            }
            return null;
        }

        private static ContextTree read(Path root, Path tsv) {
            try {
                return ListingTree.parse(root, Files.readString(tsv, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new DiskTree();
            }
        }
    }

    private static final Path DISK = Path.of("/");
    static final int MAX_DECLARATION_FILES = 200;
    static final int MAX_DECLARATION_CHARS = 256 * 1024;
    private static final Set<String> SCRIPT_FOLDERS = Set.of("scripts", "docker", "build", "ci", "hack", "tools");

    private static void findDeclarationFiles(ContextTree tree, List<DockerfileInput> dockerfiles, Path cwd,
                                             List<BakeContexts.BakeFile> bake,
                                             List<ScriptContexts.ScriptFile> scripts,
                                             List<ScriptContexts.ScriptFile> readmes) { // null: READMEs not wanted
        Set<Path> folders = new LinkedHashSet<>();
        Map<Path, DockerfileInput> shownVia = new HashMap<>();
        Map<Path, Path> rootOf = new HashMap<>();
        for (DockerfileInput d : dockerfiles) {
            Path file = d.file().toAbsolutePath().normalize();
            Path root = root(tree, file, cwd);
            for (Path p = file.getParent(); p != null; p = p.getParent()) {
                if (folders.add(p)) {
                    shownVia.put(p, d);
                    rootOf.put(p, root);
                }
                if (p.equals(root)) {
                    break;
                }
            }
        }
        int read = 0;
        for (Path folder : new ArrayList<>(folders)) {
            for (ContextTree.Entry e : tree.list(folder).entries()) {
                if (e.kind() == ContextTree.Kind.DIRECTORY && SCRIPT_FOLDERS.contains(e.name())
                        && folders.add(folder.resolve(e.name()))) {
                    shownVia.put(folder.resolve(e.name()), shownVia.get(folder));
                    rootOf.put(folder.resolve(e.name()), rootOf.get(folder));
                }
            }
        }
        for (Path folder : folders) {
            for (ContextTree.Entry e : tree.list(folder).entries()) {
                if (read >= MAX_DECLARATION_FILES) {
                    return;
                }
                String name = e.name();
                // Bake files take any name (`--file docker/trt/trt.hcl`); an .hcl without targets declares nothing.
                boolean bakeFile = name.endsWith(".hcl") || name.startsWith("docker-bake") && name.endsWith(".json");
                boolean makefile = name.equals("Makefile") || name.equals("makefile") || name.equals("GNUmakefile")
                        || name.endsWith(".mk");
                boolean script = name.endsWith(".sh");
                boolean readme = readmes != null && name.length() >= 9 && name.regionMatches(true, 0, "readme", 0, 6)
                        && name.regionMatches(true, name.length() - 3, ".md", 0, 3);
                if (e.kind() != ContextTree.Kind.FILE || !(bakeFile || makefile || script || readme)
                        || e.size() > MAX_DECLARATION_CHARS) {
                    continue;
                }
                Path file = folder.resolve(name);
                Optional<String> text = tree.read(file, MAX_DECLARATION_CHARS);
                if (text.isEmpty()) {
                    continue;
                }
                read++;
                DockerfileInput via = shownVia.get(folder);
                SourceText source = new SourceText(ContextResolver.display(via.file().toAbsolutePath().normalize(),
                        via.path(), file), text.get());
                if (bakeFile) {
                    bake.add(new BakeContexts.BakeFile(file, source));
                } else if (readme) {
                    readmes.add(new ScriptContexts.ScriptFile(file,
                            new SourceText(source.path(), MarkdownCommands.of(source.text())), false, rootOf.get(folder)));
                } else {
                    scripts.add(new ScriptContexts.ScriptFile(file, source, makefile, rootOf.get(folder)));
                }
            }
        }
    }

    // The repository root of a Dockerfile: the nearest folder with `.git` or the listing's root;
    // without one, the working folder when it holds the Dockerfile, else the Dockerfile's folder.
    static Path root(ContextTree tree, Path dockerfile, Path cwd) {
        for (Path p = dockerfile.getParent(); p != null; p = p.getParent()) {
            if ((tree instanceof ListingTree l && p.equals(l.root())) || tree.entry(p.resolve(".git")).isPresent()) {
                return p;
            }
        }
        Path dir = dockerfile.getParent();
        return dir != null && dir.startsWith(cwd) ? cwd : dir;
    }

    /** Findings land with the Dockerfile's settings in the Dockerfile, with their path's settings elsewhere. */
    private static final class Landing implements LandingSettings {
        private final DockerfileInput dockerfile;
        private final Settings settings;

        Landing(DockerfileInput dockerfile, Settings settings) {
            this.dockerfile = dockerfile;
            this.settings = settings;
        }

        @Override
        public FileSettings of(SourceText source) {
            return source.path().equals(dockerfile.path()) ? dockerfile.settings()
                    : settings.forFile(Path.of(source.path()));
        }
    }

    private static final class BuildTask implements Parallel.Task<TaskResult> {
        private final ProjectPhase phase;
        private final DockerfileInput dockerfile;
        private final Resolvers resolvers;
        private final ProjectGraph graph;
        private final Settings settings;
        private final Path cwd;

        BuildTask(ProjectPhase phase, DockerfileInput dockerfile, Resolvers resolvers, ProjectGraph graph,
                  Settings settings, Path cwd) {
            this.phase = phase;
            this.dockerfile = dockerfile;
            this.resolvers = resolvers;
            this.graph = graph;
            this.settings = settings;
            this.cwd = cwd;
        }

        @Override
        public TaskResult call() {
            return phase.audit(dockerfile, resolvers, graph, settings, cwd);
        }

        @Override
        public TaskResult onFailure(Throwable cause) {
            Finding f = new Finding(phase.ruleCrashed, phase.ruleCrashed.severity(), Location.ofFile(dockerfile.path()),
                    TextRange.empty(0), "project step failed: " + cause.getClass().getSimpleName(), List.of());
            return new TaskResult(dockerfile.path(), List.of(Candidate.crash(f, phase.ruleCrashed.code())), List.of(),
                    List.of());
        }
    }
}
