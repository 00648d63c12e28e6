package dev.bulwark.kubernetes;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.YamlDocument;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One manifest file read as Kubernetes: its objects (multi-document, {@code List} items
 * flattened), or its kustomization, and the problems the API would reject. Reading is total: any
 * parsed YAML gives a file, never an exception.
 *
 * <p>Documents: an empty document is skipped; a document that is not an object (not a mapping, or
 * a mapping without {@code apiVersion} and {@code kind}) is a problem only when the file holds
 * objects too (a file of no objects is not a manifest at all, which the engine decides with
 * {@link ManifestClassifier}).
 */
public final class ManifestFile {
    private static final int MAX_LIST_DEPTH = 4;

    private final YamlFile yaml;
    private final Path path;
    private final List<KubeObject> objects;
    private final List<PodTemplate> templates;
    private final Kustomization kustomization;
    private final List<ManifestProblem> problems;
    private final String partialReason;

    private ManifestFile(YamlFile yaml, Path path, List<KubeObject> objects, Kustomization kustomization,
                         List<ManifestProblem> problems, String partialReason) {
        this.yaml = yaml;
        this.path = path;
        this.objects = objects;
        this.kustomization = kustomization;
        this.problems = problems;
        this.partialReason = partialReason;
        List<PodTemplate> ts = new ArrayList<>();
        for (KubeObject o : objects) {
            ts.addAll(o.podTemplates());
        }
        this.templates = List.copyOf(ts);
    }

    /** Reads a parsed file; {@code path} is its real path when it has one (standard input has none). */
    public static ManifestFile read(YamlFile yaml, Optional<Path> path) {
        return read(yaml, path.orElse(null), null, false);
    }

    /** The same file read again as a patch: every object is partial for {@code reason}. */
    ManifestFile asPartial(String reason) {
        return read(yaml, path, reason, false);
    }

    /**
     * The same file read again knowing that no kustomization of the set includes it: its
     * {@code apps/v1} workloads without {@code spec.selector} are partial ({@link #selectorless}).
     */
    ManifestFile outsideKustomize() {
        return read(yaml, path, null, true);
    }

    private static ManifestFile read(YamlFile yaml, Path path, String partialReason, boolean outsideKustomize) {
        ReadContext ctx = new ReadContext(yaml.source());
        List<KubeObject> objects = new ArrayList<>();
        List<ManifestProblem> notObjects = new ArrayList<>();
        Kustomization kustomization = null;
        boolean namedKustomization = path != null && path.getFileName() != null
                && ManifestClassifier.isKustomizationFileName(path.getFileName().toString());
        List<YamlDocument> docs = yaml.documents();
        for (int i = 0; i < docs.size(); i++) {
            YamlNode root = docs.get(i).root();
            if (root instanceof YamlScalar s && Scalars.isNull(s)) {
                continue;
            }
            if (!(root instanceof YamlMapping m)) {
                notObjects.add(new ManifestProblem(ProblemKind.NOT_AN_OBJECT, firstLine(ctx, root),
                        "document is not a mapping"));
                continue;
            }
            Optional<Field> apiVersion = ctx.field(m, "apiVersion");
            Optional<Field> kind = ctx.field(m, "kind");
            if (kustomization == null && (namedKustomization || isKustomize(apiVersion, kind))) {
                boolean component = kind.isPresent() && kind.get().textOrEmpty().equals("Component");
                kustomization = Kustomization.read(ctx, path, m, component);
                continue;
            }
            if (apiVersion.isEmpty() || kind.isEmpty()) {
                String missing = apiVersion.isEmpty() && kind.isEmpty() ? "`apiVersion` and `kind`"
                        : apiVersion.isEmpty() ? "`apiVersion`" : "`kind`";
                notObjects.add(new ManifestProblem(ProblemKind.NOT_AN_OBJECT, firstLine(ctx, m),
                        "document without " + missing));
                continue;
            }
            addObject(ctx, path, i, -1, m, apiVersion.get(), kind.get(), partialReason, outsideKustomize, objects, 0);
        }
        List<ManifestProblem> problems = new ArrayList<>(ctx.problems());
        if (!objects.isEmpty()) {
            problems.addAll(notObjects);
            problems.sort(new ProblemOrder());
        }
        return new ManifestFile(yaml, path, List.copyOf(objects), kustomization, List.copyOf(problems), partialReason);
    }

    private static void addObject(ReadContext ctx, Path path, int doc, int item, YamlMapping m, Field apiVersion,
                                  Field kind, String partialReason, boolean outsideKustomize, List<KubeObject> out,
                                  int depth) {
        if (!apiVersion.isString()) {
            ctx.wrongType(apiVersion, "a string");
        }
        // A kind that is not a name (a mapping, an empty string) makes no object: the problem says why.
        if (!kind.isString() || kind.textOrEmpty().isBlank()) {
            ctx.wrongType(kind, "a non-empty string");
            return;
        }
        String k = kind.textOrEmpty();
        Optional<Field> items = ctx.field(m, "items");
        if (k.endsWith("List") && items.isPresent() && depth < MAX_LIST_DEPTH) {
            if (!(items.get().node() instanceof YamlSequence seq)) {
                ctx.wrongType(items.get(), "a list");
                return;
            }
            int index = 0;
            for (YamlNode n : seq.items()) {
                int at = index++;
                if (!(n instanceof YamlMapping im)) {
                    ctx.problem(ProblemKind.NOT_AN_OBJECT, ctx.span(n), "item of `" + k + "` is not a mapping");
                    continue;
                }
                Optional<Field> av = ctx.field(im, "apiVersion");
                Optional<Field> kd = ctx.field(im, "kind");
                if (av.isEmpty() || kd.isEmpty()) {
                    ctx.problem(ProblemKind.NOT_AN_OBJECT, firstLine(ctx, im), "item of `" + k + "` without "
                            + (av.isEmpty() ? "`apiVersion`" : "`kind`"));
                    continue;
                }
                addObject(ctx, path, doc, item < 0 ? at : item, im, av.get(), kd.get(), partialReason, outsideKustomize,
                        out, depth + 1);
            }
            return;
        }
        String reason = partialReason == null && outsideKustomize ? selectorless(m, apiVersion, kind) : partialReason;
        if (reason == null) {
            Optional<String> placeholder = FillInPlaceholders.first(m);
            if (placeholder.isPresent()) {
                reason = "holds the fill-in placeholder `" + placeholder.get() + "`: a template to complete before use";
            }
        }
        out.add(new KubeObject(ctx, path, doc, item, m, apiVersion, kind, reason));
    }

    /**
     * Why an object of a file that no kustomization includes cannot be whole: an {@code apps/v1}
     * Deployment, StatefulSet, DaemonSet or ReplicaSet without {@code spec.selector}, which the API
     * requires. Only kustomize can add one ({@code labels}/{@code commonLabels} write selectors),
     * so the object is a strategic-merge patch whose kustomization is elsewhere or disabled, or a
     * base checked without its kustomization. Null for every other object.
     */
    static String selectorless(YamlMapping m, Field apiVersion, Field kind) {
        String k = kind.textOrEmpty();
        boolean needsSelector = k.equals("Deployment") || k.equals("StatefulSet") || k.equals("DaemonSet")
                || k.equals("ReplicaSet");
        if (!needsSelector || !apiVersion.textOrEmpty().equals("apps/v1")) {
            return null;
        }
        YamlMapping spec = child(m, "spec");
        if (spec == null || child(spec, "selector") != null) {
            return null;
        }
        YamlMapping metadata = child(m, "metadata");
        YamlNode name = metadata == null ? null : metadata.get("name").orElse(null);
        String shown = name instanceof YamlScalar n && !Scalars.isNull(n) ? k + " `" + n.value() + "`" : k;
        return shown + " has no `spec.selector`, which apps/v1 requires: part of a kustomize patch or base";
    }

    private static YamlMapping child(YamlMapping m, String key) {
        Optional<YamlNode> n = m.get(key);
        return n.isPresent() && n.get() instanceof YamlMapping c ? c : null;
    }

    private static boolean isKustomize(Optional<Field> apiVersion, Optional<Field> kind) {
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return false;
        }
        String k = kind.get().textOrEmpty();
        return ApiVersions.group(apiVersion.get().textOrEmpty()).equals("kustomize.config.k8s.io")
                && (k.equals("Kustomization") || k.equals("Component"));
    }

    /** The node's first line: where a problem about a whole document is shown. */
    private static Span firstLine(ReadContext ctx, YamlNode node) {
        String text = ctx.source().text();
        int start = node.range().start();
        int end = start;
        while (end < node.range().end() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new Span(ctx.source(), new TextRange(start, end));
    }

    public SourceText source() {
        return yaml.source();
    }

    public YamlFile yaml() {
        return yaml;
    }

    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Every object, in document order, {@code List} items in place of their list. */
    public List<KubeObject> objects() {
        return objects;
    }

    /** Every pod template of every object, in document order. */
    public List<PodTemplate> podTemplates() {
        return templates;
    }

    /** The kustomization, when the file is one. */
    public Optional<Kustomization> kustomization() {
        return Optional.ofNullable(kustomization);
    }

    /** True when the file holds at least one object. */
    public boolean holdsObjects() {
        return !objects.isEmpty();
    }

    /** What the API would reject, in file order (YAML syntax problems are the parser's, in {@link #yaml()}). */
    public List<ManifestProblem> problems() {
        return problems;
    }

    /** Why the whole file is partial (a kustomization names it as a patch), when it is. */
    public Optional<String> partialReason() {
        return Optional.ofNullable(partialReason);
    }

    @Override
    public String toString() {
        return "ManifestFile[" + yaml.source().path() + ", " + objects.size() + " objects]";
    }
}
