package dev.bulwark.kubernetes;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A kustomization file ({@code kustomization.yaml}, {@code kustomization.yml},
 * {@code Kustomization}, or a document of {@code kind: Kustomization}/{@code Component} in
 * {@code kustomize.config.k8s.io}): what it includes, what it patches and what it rewrites. Not an
 * object of the cluster. Paths are resolved against the kustomization's folder when the file has
 * a real path.
 */
public final class Kustomization {
    private final SourceText source;
    private final Path path;
    private final YamlMapping root;
    private final boolean component;
    private final List<Field> resources;
    private final List<Field> components;
    private final List<Patch> patches;
    private final List<Field> pluginConfigs;
    private final Field namespace;
    private final Field namePrefix;
    private final List<ImageOverride> images;
    private final List<Generator> secretGenerators;
    private final List<StringMap> templateLabels;

    /** A patch a kustomization applies: a file or an inline text, strategic-merge or JSON 6902. */
    public static final class Patch {
        private final Span span;
        private final String from;
        private final Field path;
        private final Field inline;
        private final Field target;

        Patch(Span span, String from, Field path, Field inline, Field target) {
            this.span = span;
            this.from = from;
            this.path = path;
            this.inline = inline;
            this.target = target;
        }

        public Span span() {
            return span;
        }

        /** The list it is in: {@code patches}, {@code patchesStrategicMerge} or {@code patchesJson6902}. */
        public String from() {
            return from;
        }

        /** The patch file, relative to the kustomization. */
        public Optional<Field> path() {
            return Optional.ofNullable(path);
        }

        /** An inline patch text. */
        public Optional<Field> inline() {
            return Optional.ofNullable(inline);
        }

        public Optional<Field> target() {
            return Optional.ofNullable(target);
        }
    }

    /** A {@code secretGenerator[]} item: a Secret kustomize builds from literals, files or env files. */
    public static final class Generator {
        private final Span span;
        private final Field name;
        private final List<Field> literals;
        private final List<Field> files;
        private final List<Field> envs;

        Generator(Span span, Field name, List<Field> literals, List<Field> files, List<Field> envs) {
            this.span = span;
            this.name = name;
            this.literals = literals;
            this.files = files;
            this.envs = envs;
        }

        public Span span() {
            return span;
        }

        public Optional<Field> name() {
            return Optional.ofNullable(name);
        }

        /** {@code literals} items ({@code KEY=value}: the value is a secret committed in the kustomization). */
        public List<Field> literals() {
            return literals;
        }

        public List<Field> files() {
            return files;
        }

        public List<Field> envs() {
            return envs;
        }
    }

    private Kustomization(SourceText source, Path path, YamlMapping root, boolean component, List<Field> resources,
                          List<Field> components, List<Patch> patches, List<Field> pluginConfigs, Field namespace,
                          Field namePrefix, List<Field> imageItems, ReadContext ctx, List<Generator> secretGenerators,
                          List<StringMap> templateLabels) {
        this.source = source;
        this.path = path;
        this.root = root;
        this.component = component;
        this.resources = resources;
        this.components = components;
        this.patches = patches;
        this.pluginConfigs = pluginConfigs;
        this.namespace = namespace;
        this.namePrefix = namePrefix;
        this.secretGenerators = secretGenerators;
        this.templateLabels = templateLabels;
        List<ImageOverride> overrides = new ArrayList<>(imageItems.size());
        for (Field f : imageItems) {
            YamlMapping m = (YamlMapping) f.node();
            overrides.add(new ImageOverride(this, f.valueSpan(), ctx.string(m, "name").orElse(null),
                    ctx.string(m, "newName").orElse(null), ctx.string(m, "newTag").orElse(null),
                    ctx.string(m, "digest").orElse(null)));
        }
        this.images = List.copyOf(overrides);
    }

    static Kustomization read(ReadContext ctx, Path path, YamlMapping root, boolean component) {
        List<Field> resources = new ArrayList<>(ctx.stringList(root, "resources"));
        resources.addAll(ctx.stringList(root, "bases"));
        List<Field> components = ctx.stringList(root, "components");
        List<Patch> patches = new ArrayList<>();
        for (YamlMapping p : ctx.mappingItems(root, "patches")) {
            patches.add(new Patch(ctx.span(p), "patches", ctx.string(p, "path").orElse(null),
                    ctx.string(p, "patch").orElse(null), ctx.field(p, "target").orElse(null)));
        }
        for (Field f : ctx.stringList(root, "patchesStrategicMerge")) {
            // Each item is a file path or, when it holds a newline or starts like YAML, the patch itself.
            String t = f.textOrEmpty();
            boolean inline = t.indexOf('\n') >= 0 || t.startsWith("{") || t.startsWith("apiVersion:");
            patches.add(new Patch(f.valueSpan(), "patchesStrategicMerge", inline ? null : f, inline ? f : null, null));
        }
        for (YamlMapping p : ctx.mappingItems(root, "patchesJson6902")) {
            patches.add(new Patch(ctx.span(p), "patchesJson6902", ctx.string(p, "path").orElse(null),
                    ctx.string(p, "patch").orElse(null), ctx.field(p, "target").orElse(null)));
        }
        List<Field> plugins = new ArrayList<>();
        plugins.addAll(pathItems(ctx, root, "generators"));
        plugins.addAll(pathItems(ctx, root, "transformers"));
        plugins.addAll(pathItems(ctx, root, "validators"));
        List<Field> imageItems = new ArrayList<>();
        for (YamlMapping m : ctx.mappingItems(root, "images")) {
            imageItems.add(Field.item(ctx.source(), m));
        }
        List<Generator> generators = new ArrayList<>();
        for (YamlMapping g : ctx.mappingItems(root, "secretGenerator")) {
            generators.add(new Generator(ctx.span(g), ctx.string(g, "name").orElse(null), ctx.stringList(g, "literals"),
                    ctx.stringList(g, "files"), ctx.stringList(g, "envs")));
        }
        // commonLabels go to every selector and pod template; `labels` pairs to pod templates only
        // with includeTemplates (or includeSelectors, which implies it).
        List<StringMap> labels = new ArrayList<>();
        StringMap common = StringMap.read(ctx, root, "commonLabels", true);
        if (!common.isEmpty()) {
            labels.add(common);
        }
        for (YamlMapping l : ctx.mappingItems(root, "labels")) {
            Optional<Field> includeTemplates = ctx.bool(l, "includeTemplates");
            Optional<Field> includeSelectors = ctx.bool(l, "includeSelectors");
            boolean templates = includeTemplates.isPresent() && includeTemplates.get().isTrue()
                    || includeSelectors.isPresent() && includeSelectors.get().isTrue();
            StringMap pairs = StringMap.read(ctx, l, "pairs", true);
            if (templates && !pairs.isEmpty()) {
                labels.add(pairs);
            }
        }
        return new Kustomization(ctx.source(), path, root, component, List.copyOf(resources), components,
                List.copyOf(patches), List.copyOf(plugins), ctx.string(root, "namespace").orElse(null),
                ctx.string(root, "namePrefix").orElse(null), imageItems, ctx, List.copyOf(generators),
                List.copyOf(labels));
    }

    /** Plugin config entries that are file paths (inline configs are mappings and are skipped). */
    private static List<Field> pathItems(ReadContext ctx, YamlMapping root, String key) {
        Optional<Field> f = ctx.field(root, key);
        if (f.isEmpty() || !f.get().isSequence()) {
            return List.of();
        }
        List<Field> items = new ArrayList<>();
        for (dev.bulwark.yaml.YamlNode n : f.get().sequence().get().items()) {
            Field item = Field.item(ctx.source(), n);
            if (item.isString()) {
                items.add(item);
            }
        }
        return items;
    }

    public SourceText source() {
        return source;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The folder its paths are relative to, when the file has a real path. */
    public Optional<Path> directory() {
        if (path == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(path.toAbsolutePath().normalize().getParent());
        } catch (java.io.IOError | SecurityException e) {
            return Optional.empty(); // no working directory to resolve against: treat as no path
        }
    }

    public YamlMapping root() {
        return root;
    }

    public Span span() {
        return new Span(source, root.range());
    }

    /** True for a kustomize Component ({@code kind: Component}). */
    public boolean isComponent() {
        return component;
    }

    /** {@code resources} (and the legacy {@code bases}) entries: files, folders or remote targets. */
    public List<Field> resources() {
        return resources;
    }

    public List<Field> components() {
        return components;
    }

    /** {@code patches}, {@code patchesStrategicMerge} and {@code patchesJson6902}, in that order. */
    public List<Patch> patches() {
        return patches;
    }

    /** {@code generators}, {@code transformers} and {@code validators} entries that name config files. */
    public List<Field> pluginConfigs() {
        return pluginConfigs;
    }

    /** {@code namespace}: set on every resource the kustomization builds. */
    public Optional<Field> namespace() {
        return Optional.ofNullable(namespace);
    }

    public Optional<Field> namePrefix() {
        return Optional.ofNullable(namePrefix);
    }

    /** {@code images} overrides. */
    public List<ImageOverride> images() {
        return images;
    }

    /**
     * The labels kustomize adds to the pod templates of its resources: {@code commonLabels}, and
     * the {@code pairs} of {@code labels} entries with {@code includeTemplates} or
     * {@code includeSelectors}.
     */
    public List<StringMap> templateLabels() {
        return templateLabels;
    }

    /** {@code secretGenerator} items. */
    public List<Generator> secretGenerators() {
        return secretGenerators;
    }

    /** {@code entry} resolved against the kustomization's folder; empty for a remote entry or without a path. */
    public Optional<Path> resolve(String entry) {
        Optional<Path> dir = directory();
        if (dir.isEmpty() || isRemote(entry) || entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(dir.get().resolve(entry).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** True for a URL or a {@code github.com/...} remote target, which is never a local file. */
    static boolean isRemote(String entry) {
        return entry.contains("://") || entry.startsWith("github.com/") || entry.startsWith("git@")
                || entry.contains("?ref=");
    }

    @Override
    public String toString() {
        return "Kustomization[" + source.path() + "]";
    }
}
