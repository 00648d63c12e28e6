package dev.bulwark.compose;

import dev.bulwark.compose.schema.SchemaValidator;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlDocument;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads one project in compose-go's order (NOTES 3.8), per file and per YAML document: build the
 * located tree (anchors, {@code !reset}/{@code !override}, interpolation) -> apply {@code include}
 * -> drop what {@code !reset}/{@code !override} name from the earlier files -> apply
 * {@code extends} -> merge into the model so far -> uniqueness pass -> validate against the
 * schema. Canonical views are built once at the end by {@link ProjectBuilder}.
 */
final class ProjectLoader {
    /** Include nesting past this is refused (a symlink loop would otherwise recurse through ever longer paths). */
    static final int MAX_INCLUDE_DEPTH = 16;
    static final int MAX_EXTENDS_DEPTH = 32;

    private static final String[] ROOT = new String[0];
    private static final String[] RESOURCE_KINDS = {"services", "volumes", "networks", "secrets", "configs", "models"};

    /** The services of one file while their {@code extends} are resolved, each resolved once. */
    private static final class ServiceTable {
        final String file;
        final Map<String, ComposeEntry> entries;
        final List<String[]> replacedPaths;
        boolean changed;

        ServiceTable(String file, ComposeMapping services, List<String[]> replacedPaths) {
            this.file = file;
            this.entries = new LinkedHashMap<>();
            for (ComposeEntry e : services.entries()) {
                entries.put(e.key(), e);
            }
            this.replacedPaths = replacedPaths;
        }
    }

    private final LoadSession session;
    private final List<ComposeProblem> sink = new ArrayList<>();
    private final Merger merger = new Merger(sink);
    private final Unicity unicity = new Unicity(sink);
    private final List<ComposeEntry> versionKeys = new ArrayList<>();
    private final Map<Path, ServiceTable> extendsFiles = new HashMap<>();
    private final Map<Path, Boolean> failedExtendsFiles = new HashMap<>();

    ProjectLoader(ComposeFileReader reader) {
        this.session = new LoadSession(reader);
    }

    ComposeProject load(List<ComposeInput> inputs, Optional<Path> explicitDirectory) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a project needs at least one Compose file");
        }
        Optional<Path> projectDir = explicitDirectory.isPresent() ? Optional.of(LoadSession.normalize(explicitDirectory.get()))
                : parent(inputs.get(0).path());
        for (ComposeInput input : inputs) {
            session.addInput(input, projectDir);
        }
        SourceText main = inputs.get(0).source();
        ProjectEnvironment env = dotEnv(projectDir, ProjectEnvironment.empty(), LoadSession.start(main));
        String name = projectName(inputs, env, projectDir);
        if (!name.isEmpty()) {
            env = env.with(new EnvVariable("COMPOSE_PROJECT_NAME", name, Optional.<Span>empty()));
        }
        ComposeMapping model = null;
        for (ComposeInput input : inputs) {
            List<Path> chain = new ArrayList<>();
            if (input.path().isPresent()) {
                chain.add(LoadSession.normalize(input.path().get()));
            }
            for (YamlDocument doc : input.yaml().documents()) {
                model = document(doc.root(), input.source(), env, model, chain, projectDir, true);
            }
        }
        if (model == null) {
            model = new ComposeMapping(LoadSession.start(main), List.<ComposeEntry>of());
        }
        // A file that did not parse is empty for a reason already reported.
        if ((model.isEmpty() || (model.size() == 1 && model.has("version"))) && !anySyntaxError(inputs)) {
            session.problem(ProblemKind.STRUCTURE, LoadSession.start(main), "empty Compose file");
        }
        ProjectBuilder builder = new ProjectBuilder(session, env, merger.extendsBases());
        ComposeProject project = builder.build(name, projectDir, inputs, model, versionKeys);
        return project;
    }

    /**
     * One YAML document of a file; {@code chain} are the files from the project's first file down
     * to this one through {@code include}, this one last.
     */
    private ComposeMapping document(YamlNode yaml, SourceText source, ProjectEnvironment env, ComposeMapping model,
                                    List<Path> chain, Optional<Path> workingDir, boolean collectVersion) {
        TreeBuilder.Built built = new TreeBuilder(source, new Interpolator(env), sink).build(yaml);
        ComposeMapping root = built.root;
        if (collectVersion) {
            Optional<ComposeEntry> version = root.entry("version");
            if (version.isPresent()) {
                versionKeys.add(version.get());
            }
        }
        Optional<ComposeEntry> include = root.entry("include");
        if (include.isPresent()) {
            root = applyInclude(root, include.get(), env, chain, workingDir);
        }
        if (model != null && !built.replacedPaths.isEmpty()) {
            model = Paths.remove(model, built.replacedPaths, ROOT);
        }
        root = applyExtends(root, source, env, built.replacedPaths);
        ComposeMapping merged = model == null ? root : merger.mergeFiles(model, root);
        merged = unicity.apply(merged);
        sink.addAll(SchemaValidator.validate(merged));
        flush();
        return merged;
    }

    private void flush() {
        session.addAll(sink);
        sink.clear();
    }

    // ---------------------------------------------------------------- include (NOTES 3.8)

    private ComposeMapping applyInclude(ComposeMapping root, ComposeEntry include, ProjectEnvironment env,
                                        List<Path> chain, Optional<Path> workingDir) {
        if (!(include.value() instanceof ComposeSequence list)) {
            return root; // the schema reports the shape
        }
        ComposeMapping result = Paths.without(root, "include");
        for (ComposeNode item : list.items()) {
            ComposeMapping included = loadInclude(item, env, chain, workingDir);
            if (included != null) {
                result = importResources(result, included);
            }
        }
        return result;
    }

    private ComposeMapping loadInclude(ComposeNode item, ProjectEnvironment env, List<Path> chain,
                                       Optional<Path> workingDir) {
        List<ComposeScalar> paths;
        Optional<ComposeScalar> projectDirectory = Optional.empty();
        List<ComposeScalar> envFiles = List.of();
        if (item instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            paths = List.of(s);
        } else if (item instanceof ComposeMapping m && m.get("path").isPresent()) {
            paths = Nodes.strings(m.get("path").get());
            projectDirectory = m.nonNullScalar("project_directory");
            envFiles = m.get("env_file").isPresent() ? Nodes.strings(m.get("env_file").get()) : List.<ComposeScalar>of();
        } else {
            return null; // the schema reports the shape
        }
        if (paths.isEmpty() || Nodes.isUnresolved(item)) {
            return null;
        }
        List<Path> resolved = new ArrayList<>();
        for (ComposeScalar p : paths) {
            Optional<Path> r = resolveAgainst(workingDir, p.value());
            if (r.isEmpty()) {
                sink.add(new ComposeProblem(ProblemKind.INCLUDE, p.span(), "cannot resolve include `" + p.value() + "`"));
                return null;
            }
            resolved.add(r.get());
        }
        Path first = resolved.get(0);
        if (chain.contains(first)) {
            sink.add(new ComposeProblem(ProblemKind.INCLUDE, paths.get(0).span(), "include cycle: " + cycleText(chain, first)));
            return null;
        }
        if (chain.size() >= MAX_INCLUDE_DEPTH) {
            sink.add(new ComposeProblem(ProblemKind.LIMIT, paths.get(0).span(),
                    "include nested more than " + MAX_INCLUDE_DEPTH + " levels deep"));
            return null;
        }
        Path incDir = first.getParent() != null ? first.getParent() : first;
        if (projectDirectory.isPresent()) {
            Optional<Path> d = resolveAgainst(workingDir, projectDirectory.get().value());
            if (d.isPresent()) {
                incDir = d.get();
            }
        }
        ProjectEnvironment incEnv = includedEnvironment(env, envFiles, workingDir, incDir, item.span());
        ComposeMapping model = null;
        for (int i = 0; i < resolved.size(); i++) {
            Path p = resolved.get(i);
            FileContent content = session.read(p);
            if (content instanceof FileContent.Missing) {
                sink.add(new ComposeProblem(ProblemKind.MISSING_FILE, paths.get(i).span(),
                        "included file `" + paths.get(i).value() + "` not found"));
                continue;
            }
            if (content instanceof FileContent.Unreadable u) {
                sink.add(new ComposeProblem(ProblemKind.INCLUDE, paths.get(i).span(),
                        "cannot read included file `" + paths.get(i).value() + "`: " + u.reason()));
                continue;
            }
            SourceText source = ((FileContent.Found) content).source();
            YamlFile yaml = session.yaml(p, source, Optional.of(incDir));
            List<Path> fileChain = new ArrayList<>(chain);
            fileChain.add(p);
            for (YamlDocument doc : yaml.documents()) {
                model = document(doc.root(), source, incEnv, model, fileChain, Optional.of(incDir), true);
            }
        }
        return model;
    }

    /** The including project's variables win; the included project's env files only fill in (CG {@code Mapping.Merge}). */
    private ProjectEnvironment includedEnvironment(ProjectEnvironment env, List<ComposeScalar> envFiles,
                                                   Optional<Path> workingDir, Path incDir, Span at) {
        if (envFiles.isEmpty()) {
            return dotEnv(Optional.of(incDir), env, at);
        }
        List<EnvVariable> defaults = new ArrayList<>();
        for (ComposeScalar f : envFiles) {
            if (f.value().equals("/dev/null")) {
                continue;
            }
            Optional<Path> p = resolveAgainst(workingDir, f.value());
            if (p.isEmpty()) {
                continue;
            }
            FileContent content = session.read(p.get());
            if (content instanceof FileContent.Found found) {
                session.register(found.source(), Optional.ofNullable(p.get().getParent()));
                for (DotEnvEntry e : DotEnvParser.parse(found.source(), env, sink)) {
                    defaults.add(new EnvVariable(e.key(), e.value(), Optional.of(e.keySpan())));
                }
            } else {
                sink.add(content instanceof FileContent.Unreadable u
                        ? new ComposeProblem(ProblemKind.ENV_FILE, f.span(),
                                "cannot read env file `" + f.value() + "`: " + u.reason())
                        : new ComposeProblem(ProblemKind.MISSING_FILE, f.span(), "env file `" + f.value() + "` not found"));
            }
        }
        return env.withDefaults(defaults);
    }

    /** Included services, volumes, networks... are added; one the including file also defines is merged onto the included one. */
    private ComposeMapping importResources(ComposeMapping root, ComposeMapping included) {
        ComposeMapping result = root;
        for (String kind : RESOURCE_KINDS) {
            Optional<ComposeEntry> incEntry = included.entry(kind);
            if (incEntry.isEmpty() || !(incEntry.get().value() instanceof ComposeMapping incMap)) {
                continue;
            }
            Optional<ComposeEntry> localEntry = result.entry(kind);
            ComposeMapping localMap = localEntry.isPresent() && localEntry.get().value() instanceof ComposeMapping m ? m : null;
            List<ComposeEntry> entries = localMap == null ? new ArrayList<ComposeEntry>() : new ArrayList<>(localMap.entries());
            for (ComposeEntry e : incMap.entries()) {
                int i = Merger.indexOf(entries, e.key());
                if (i < 0) {
                    entries.add(e);
                } else {
                    entries.set(i, entries.get(i).withValue(merger.mergeResource(kind, e.key(), e.value(), entries.get(i).value())));
                }
            }
            ComposeMapping merged = localMap == null ? new ComposeMapping(incMap.span(), entries)
                    : new ComposeMapping(localMap.span(), entries, localMap.mergedFrom(), localMap.isImplied());
            result = Paths.with(result, kind, localEntry.isPresent() ? localEntry.get().keySpan() : incEntry.get().keySpan(), merged);
        }
        return result;
    }

    // ---------------------------------------------------------------- extends (NOTES 3.7)

    private ComposeMapping applyExtends(ComposeMapping root, SourceText source, ProjectEnvironment env,
                                        List<String[]> replacedPaths) {
        Optional<ComposeEntry> servicesEntry = root.entry("services");
        if (servicesEntry.isEmpty() || !(servicesEntry.get().value() instanceof ComposeMapping services)) {
            return root;
        }
        ServiceTable table = new ServiceTable(source.path(), services, replacedPaths);
        List<String> names = new ArrayList<>(table.entries.keySet());
        for (String name : names) {
            resolve(table, name, env, new ArrayList<String>());
        }
        if (!table.changed) {
            return root;
        }
        ComposeMapping rebuilt = new ComposeMapping(services.span(), new ArrayList<>(table.entries.values()),
                services.mergedFrom(), services.isImplied());
        return Paths.with(root, "services", servicesEntry.get().keySpan(), rebuilt);
    }

    private ComposeNode resolve(ServiceTable table, String name, ProjectEnvironment env, List<String> stack) {
        ComposeEntry entry = table.entries.get(name);
        if (entry == null || !(entry.value() instanceof ComposeMapping service)) {
            return entry == null ? null : entry.value();
        }
        Optional<ComposeEntry> extendsEntry = service.entry("extends");
        if (extendsEntry.isEmpty()) {
            return service;
        }
        ComposeMapping local = Paths.without(service, "extends");
        ComposeNode extendsNode = extendsEntry.get().value();
        ComposeScalar ref = null;
        ComposeScalar file = null;
        if (extendsNode instanceof ComposeScalar s && s.type() == ScalarType.STRING) {
            ref = s;
        } else if (extendsNode instanceof ComposeMapping m) {
            ref = m.nonNullScalar("service").orElse(null);
            file = m.nonNullScalar("file").orElse(null);
        }
        if (ref == null) {
            // CG refuses it before validation ("extends.<name>.service is required").
            sink.add(new ComposeProblem(ProblemKind.EXTENDS, extendsNode.span(),
                    "`extends` of service `" + name + "` names no service"));
            return keep(table, name, entry, local);
        }
        if (Nodes.isUnresolved(extendsNode)) {
            return keep(table, name, entry, local);
        }
        String key = table.file + "\u0000" + name;
        if (stack.contains(key)) {
            sink.add(new ComposeProblem(ProblemKind.EXTENDS, extendsNode.span(),
                    "extends cycle: service `" + name + "` extends itself through `" + ref.value() + "`"));
            return keep(table, name, entry, local);
        }
        if (stack.size() >= MAX_EXTENDS_DEPTH) {
            sink.add(new ComposeProblem(ProblemKind.LIMIT, extendsNode.span(),
                    "extends chain longer than " + MAX_EXTENDS_DEPTH + " services"));
            return keep(table, name, entry, local);
        }
        ServiceTable baseTable = table;
        if (file != null) {
            baseTable = extendsFile(file, env);
            if (baseTable == null) {
                return keep(table, name, entry, local);
            }
        }
        if (!baseTable.entries.containsKey(ref.value())) {
            sink.add(new ComposeProblem(ProblemKind.EXTENDS, ref.span(), "service `" + ref.value() + "` not found"
                    + (file != null ? " in `" + file.value() + "`" : "")));
            return keep(table, name, entry, local);
        }
        stack.add(key);
        ComposeNode base = resolve(baseTable, ref.value(), env, stack);
        stack.remove(stack.size() - 1);
        if (!(base instanceof ComposeMapping baseService)) {
            return keep(table, name, entry, local);
        }
        // The extending file's !reset/!override apply to the base too (CG applies its post-processor).
        baseService = Paths.remove(baseService, shifted(table.replacedPaths, name), ROOT);
        ComposeMapping merged = merger.extendService(name, baseService, local);
        table.entries.put(name, entry.withValue(merged));
        table.changed = true;
        return merged;
    }

    /** The paths under {@code services.<name>}, relative to the service. */
    private static List<String[]> shifted(List<String[]> paths, String name) {
        List<String[]> result = new ArrayList<>();
        for (String[] p : paths) {
            if (p.length > 2 && p[0].equals("services") && p[1].equals(name)) {
                String[] rel = new String[p.length - 2];
                System.arraycopy(p, 2, rel, 0, rel.length);
                result.add(rel);
            }
        }
        return result;
    }

    private static ComposeMapping keep(ServiceTable table, String name, ComposeEntry entry, ComposeMapping local) {
        table.entries.put(name, entry.withValue(local));
        table.changed = true;
        return local;
    }

    /** The services of an {@code extends.file}, interpolated with the extending project's variables. */
    private ServiceTable extendsFile(ComposeScalar file, ProjectEnvironment env) {
        Optional<Path> path = session.resolve(file.value(), file.span());
        if (path.isEmpty()) {
            sink.add(new ComposeProblem(ProblemKind.EXTENDS, file.span(), "cannot resolve extends file `" + file.value() + "`"));
            return null;
        }
        Path p = path.get();
        ServiceTable cached = extendsFiles.get(p);
        if (cached != null) {
            return cached;
        }
        if (failedExtendsFiles.containsKey(p)) {
            return null;
        }
        FileContent content = session.read(p);
        if (!(content instanceof FileContent.Found found)) {
            failedExtendsFiles.put(p, Boolean.TRUE);
            sink.add(content instanceof FileContent.Unreadable u
                    ? new ComposeProblem(ProblemKind.EXTENDS, file.span(),
                            "cannot read extends file `" + file.value() + "`: " + u.reason())
                    : new ComposeProblem(ProblemKind.MISSING_FILE, file.span(),
                            "extends file `" + file.value() + "` not found"));
            return null;
        }
        SourceText source = found.source();
        YamlFile yaml = session.yaml(p, source, Optional.ofNullable(p.getParent()));
        ComposeMapping model = null;
        List<String[]> replaced = new ArrayList<>();
        for (YamlDocument doc : yaml.documents()) {
            TreeBuilder.Built built = new TreeBuilder(source, new Interpolator(env), sink).build(doc.root());
            replaced.addAll(built.replacedPaths);
            model = model == null ? built.root : merger.mergeFiles(model, built.root);
        }
        Optional<ComposeMapping> services = model == null ? Optional.<ComposeMapping>empty()
                : unicity.apply(model).mapping("services");
        if (services.isEmpty()) {
            sink.add(new ComposeProblem(ProblemKind.EXTENDS, file.span(), "no services in extends file `" + file.value() + "`"));
        }
        ServiceTable table = new ServiceTable(source.path(),
                services.isPresent() ? services.get() : new ComposeMapping(file.span(), List.<ComposeEntry>of()), replaced);
        extendsFiles.put(p, table);
        return table;
    }

    // ---------------------------------------------------------------- environment and name (NOTES 3.2, 3.3)

    /** The {@code .env} in {@code dir}: its variables fill in under {@code outer} (which wins). */
    private ProjectEnvironment dotEnv(Optional<Path> dir, ProjectEnvironment outer, Span at) {
        if (dir.isEmpty()) {
            return outer;
        }
        Path p = dir.get().resolve(".env");
        FileContent content = session.read(p);
        if (content instanceof FileContent.Unreadable u) {
            sink.add(new ComposeProblem(ProblemKind.ENV_FILE, at, "cannot read `.env`: " + u.reason()));
            flush();
            return outer;
        }
        if (!(content instanceof FileContent.Found found)) {
            return outer;
        }
        session.register(found.source(), dir);
        List<DotEnvEntry> entries = DotEnvParser.parse(found.source(), outer, sink);
        flush();
        List<EnvVariable> vars = new ArrayList<>();
        for (DotEnvEntry e : entries) {
            vars.add(new EnvVariable(e.key(), e.value(), Optional.of(e.keySpan())));
        }
        return outer.withDefaults(vars);
    }

    /**
     * {@code COMPOSE_PROJECT_NAME} from {@code .env}, else the last top-level {@code name}
     * (interpolated), else the project directory's name; normalised as Compose does (lower case,
     * {@code [a-z0-9_-]} only, no leading {@code _} or {@code -}).
     */
    private static String projectName(List<ComposeInput> inputs, ProjectEnvironment env, Optional<Path> dir) {
        Optional<EnvVariable> fromEnv = env.get("COMPOSE_PROJECT_NAME");
        if (fromEnv.isPresent() && !fromEnv.get().value().isEmpty()) {
            return normalizeName(fromEnv.get().value());
        }
        String name = "";
        for (ComposeInput input : inputs) {
            for (YamlDocument doc : input.yaml().documents()) {
                if (doc.root() instanceof YamlMapping m && m.get("name").isPresent()
                        && m.get("name").get() instanceof YamlScalar s && !s.isNull()) {
                    String v = new Interpolator(env).interpolate(s.value()).value;
                    if (!v.isEmpty()) {
                        name = v;
                    }
                }
            }
        }
        if (name.isEmpty() && dir.isPresent() && dir.get().getFileName() != null) {
            name = dir.get().getFileName().toString();
        }
        return normalizeName(name);
    }

    static String normalizeName(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                if (b.length() == 0 && (c == '_' || c == '-')) {
                    continue;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Optional<Path> parent(Optional<Path> file) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path parent = LoadSession.normalize(file.get()).getParent();
        return Optional.ofNullable(parent);
    }

    private static Optional<Path> resolveAgainst(Optional<Path> dir, String path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) {
                return Optional.of(p.normalize());
            }
            return dir.isPresent() ? Optional.of(dir.get().resolve(p).normalize()) : Optional.<Path>empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String cycleText(List<Path> chain, Path again) {
        StringBuilder b = new StringBuilder();
        int from = chain.indexOf(again);
        for (int i = Math.max(0, from); i < chain.size(); i++) {
            b.append(chain.get(i).getFileName()).append(" -> ");
        }
        return b.append(again.getFileName()).toString();
    }

    private static boolean anySyntaxError(List<ComposeInput> inputs) {
        for (ComposeInput input : inputs) {
            if (input.yaml().hasProblems()) {
                return true;
            }
        }
        return false;
    }
}
