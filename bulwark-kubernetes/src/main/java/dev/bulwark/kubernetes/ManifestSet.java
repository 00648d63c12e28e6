package dev.bulwark.kubernetes;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * All manifest files of one run, seen together: kustomizations resolved against the files (patch
 * files become partial, namespaces set by kustomize apply), objects by namespace, and the lookups
 * rules need across files (the PVC a volume claims, the HPA scaling a workload, the quotas and
 * limit ranges of a namespace, the Services selecting a template's pods).
 *
 * <p>Judge objects from {@link #files()}, not from the files passed in: a file that a
 * kustomization names as a patch is read again with every object partial.
 *
 * <p>Namespaces: an object is in the namespace of the outermost kustomization that includes it and
 * sets {@code namespace} (kustomize overrides {@code metadata.namespace}), else its own
 * {@code metadata.namespace}, else {@code default}. A base included by several overlays with
 * different namespaces gets the first overlay's, by path: an approximation, as is every namespace
 * of a Helm chart (the release namespace is chosen at install time, and chart templates are
 * skipped anyway).
 */
public final class ManifestSet {
    /** The namespace of objects that set none and are not namespaced by a kustomization. */
    public static final String DEFAULT_NAMESPACE = "default";
    private static final int MAX_KUSTOMIZE_DEPTH = 32;

    private final List<ManifestFile> files;
    private final List<KubeObject> objects;
    private final List<Kustomization> kustomizations;
    private final Map<SourceText, ManifestFile> fileBySource = new IdentityHashMap<>();
    private final Map<KubeObject, String> namespaces = new IdentityHashMap<>();
    private final Map<SourceText, List<Kustomization>> including = new IdentityHashMap<>();
    private final Map<SourceText, List<Kustomization>> imageScopes = new IdentityHashMap<>();
    private final Map<String, List<KubeObject>> byNamespace = new LinkedHashMap<>();
    private final Map<Path, ManifestFile> byRealPath = new HashMap<>();
    private final Map<Kustomization, Boolean> completeness = new IdentityHashMap<>();

    private ManifestSet(List<ManifestFile> files, Graph graph) {
        this.files = files;
        List<KubeObject> all = new ArrayList<>();
        List<Kustomization> ks = new ArrayList<>();
        for (ManifestFile f : files) {
            fileBySource.put(f.source(), f);
            Optional<Path> real = Graph.real(f);
            if (real.isPresent()) {
                byRealPath.putIfAbsent(real.get(), f);
            }
            all.addAll(f.objects());
            if (f.kustomization().isPresent()) {
                ks.add(f.kustomization().get());
            }
        }
        this.objects = List.copyOf(all);
        this.kustomizations = List.copyOf(ks);
        index(graph);
        computeCompleteness();
    }

    /** True when the file holds an {@code apps/v1} workload without {@code spec.selector} ({@link ManifestFile#selectorless}). */
    private static boolean hasSelectorlessWorkload(ManifestFile f) {
        for (KubeObject o : f.objects()) {
            if (ManifestFile.selectorless(o.root(), o.apiVersionField(), o.kindField()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The set of {@code files}, with kustomizations applied. */
    public static ManifestSet of(List<ManifestFile> files) {
        List<ManifestFile> sorted = new ArrayList<>(files);
        Collections.sort(sorted, new ByPath());
        Graph graph = new Graph(sorted);
        List<ManifestFile> result = new ArrayList<>(sorted.size());
        for (ManifestFile f : sorted) {
            String reason = graph.patchReason(f);
            if (reason != null) {
                result.add(f.partialReason().isEmpty() ? f.asPartial(reason) : f);
            } else if (!graph.isResource(f) && hasSelectorlessWorkload(f)) {
                result.add(f.outsideKustomize());
            } else {
                result.add(f);
            }
        }
        return new ManifestSet(List.copyOf(result), graph);
    }

    private void index(Graph graph) {
        for (ManifestFile f : files) {
            Map<Kustomization, Integer> ancestors = graph.ancestors(f);
            including.put(f.source(), List.copyOf(ancestors.keySet()));
            imageScopes.put(f.source(), graph.imageScope(f, ancestors));
            Optional<String> kustomizeNamespace = outermostNamespace(ancestors);
            for (KubeObject o : f.objects()) {
                String ns;
                if (o.isClusterScoped()) {
                    ns = "";
                } else if (kustomizeNamespace.isPresent()) {
                    ns = kustomizeNamespace.get();
                } else if (o.namespace().isPresent() && !o.namespace().get().textOrEmpty().isEmpty()) {
                    ns = o.namespace().get().textOrEmpty();
                } else {
                    ns = DEFAULT_NAMESPACE;
                }
                namespaces.put(o, ns);
                if (!ns.isEmpty() && f.partialReason().isEmpty()) {
                    List<KubeObject> list = byNamespace.get(ns);
                    if (list == null) {
                        list = new ArrayList<>();
                        byNamespace.put(ns, list);
                    }
                    list.add(o);
                }
            }
        }
    }

    /** The namespace of the farthest including kustomization that sets one (kustomize applies outer over inner). */
    private static Optional<String> outermostNamespace(Map<Kustomization, Integer> ancestors) {
        Kustomization best = null;
        int bestDepth = -1;
        for (Map.Entry<Kustomization, Integer> e : ancestors.entrySet()) {
            Kustomization k = e.getKey();
            if (k.namespace().isPresent() && !k.namespace().get().textOrEmpty().isEmpty() && e.getValue() > bestDepth) {
                best = k;
                bestDepth = e.getValue();
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.namespace().get().textOrEmpty());
    }

    /** The files, patch files read again as partial, sorted by path. */
    public List<ManifestFile> files() {
        return files;
    }

    /** The file a source text belongs to. */
    public Optional<ManifestFile> file(SourceText source) {
        return Optional.ofNullable(fileBySource.get(source));
    }

    /** The file holding an object. */
    public Optional<ManifestFile> fileOf(KubeObject object) {
        return file(object.source());
    }

    /** Every object of every file (patch files included: check {@link KubeObject#isPartial()}). */
    public List<KubeObject> objects() {
        return objects;
    }

    public List<Kustomization> kustomizations() {
        return kustomizations;
    }

    /** The kustomizations that include the file, directly or through other kustomizations, nearest first. */
    public List<Kustomization> kustomizationsIncluding(ManifestFile file) {
        List<Kustomization> k = including.get(file.source());
        return k == null ? List.of() : k;
    }

    /** The namespace the object lands in ({@code ""} for a cluster-scoped object); see the class comment. */
    public String namespaceOf(KubeObject object) {
        String ns = namespaces.get(object);
        if (ns != null) {
            return ns;
        }
        if (object.isClusterScoped()) {
            return "";
        }
        return object.namespace().isPresent() ? object.namespace().get().textOrEmpty() : DEFAULT_NAMESPACE;
    }

    /** The namespaces that hold objects (not from patch files), sorted. */
    public List<String> namespaces() {
        return List.copyOf(new TreeSet<>(byNamespace.keySet()));
    }

    /** The objects of a namespace, not from patch files, in path and document order. */
    public List<KubeObject> objectsIn(String namespace) {
        List<KubeObject> list = byNamespace.get(namespace);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** The workloads of a namespace (objects that carry pods, not partial). */
    public List<Workload> workloadsIn(String namespace) {
        List<Workload> result = new ArrayList<>();
        for (KubeObject o : objectsIn(namespace)) {
            if (o.workload().isPresent() && !o.isPartial()) {
                result.add(o.workload().get());
            }
        }
        return result;
    }

    public List<ResourceQuota> quotasIn(String namespace) {
        List<ResourceQuota> result = new ArrayList<>();
        for (KubeObject o : objectsIn(namespace)) {
            if (o.asResourceQuota().isPresent()) {
                result.add(o.asResourceQuota().get());
            }
        }
        return result;
    }

    public List<LimitRange> limitRangesIn(String namespace) {
        List<LimitRange> result = new ArrayList<>();
        for (KubeObject o : objectsIn(namespace)) {
            if (o.asLimitRange().isPresent()) {
                result.add(o.asLimitRange().get());
            }
        }
        return result;
    }

    /** The PersistentVolumeClaim object a {@code persistentVolumeClaim} volume of the template claims, in its namespace. */
    public Optional<PersistentVolumeClaim> claimFor(Volume volume, PodTemplate template) {
        if (volume.claimName().isEmpty()) {
            return Optional.empty();
        }
        String name = volume.claimName().get().textOrEmpty();
        for (KubeObject o : objectsIn(namespaceOf(template.object()))) {
            if (o.is(KnownKind.PERSISTENT_VOLUME_CLAIM) && o.nameText().equals(name)) {
                return o.asPersistentVolumeClaim();
            }
        }
        return Optional.empty();
    }

    /** The HorizontalPodAutoscalers whose {@code scaleTargetRef} names the object, in its namespace. */
    public List<HorizontalPodAutoscaler> autoscalersFor(KubeObject workload) {
        List<HorizontalPodAutoscaler> result = new ArrayList<>();
        for (KubeObject o : objectsIn(namespaceOf(workload))) {
            Optional<HorizontalPodAutoscaler> h = o.asHorizontalPodAutoscaler();
            if (h.isPresent() && h.get().targets(workload)) {
                result.add(h.get());
            }
        }
        return result;
    }

    /** The Services in the template's namespace whose selector its pod labels satisfy. */
    public List<Service> servicesSelecting(PodTemplate template) {
        List<Service> result = new ArrayList<>();
        for (KubeObject o : objectsIn(namespaceOf(template.object()))) {
            Optional<Service> s = o.asService();
            if (s.isPresent() && s.get().selects(template)) {
                result.add(s.get());
            }
        }
        return result;
    }

    /** The NetworkPolicies in the template's namespace that apply to its pods. */
    public List<NetworkPolicy> networkPoliciesFor(PodTemplate template) {
        List<NetworkPolicy> result = new ArrayList<>();
        for (KubeObject o : objectsIn(namespaceOf(template.object()))) {
            Optional<NetworkPolicy> p = o.asNetworkPolicy();
            if (p.isPresent() && p.get().appliesTo(template)) {
                result.add(p.get());
            }
        }
        return result;
    }

    /**
     * The metrics monitors of the set that scrape the template's pods: a pod monitor whose selector
     * its labels satisfy, or a service monitor selecting a Service that selects them, each watching
     * the template's namespace.
     */
    public List<MetricsMonitor> monitorsFor(PodTemplate template) {
        String ns = namespaceOf(template.object());
        List<Service> services = null;
        List<MetricsMonitor> result = new ArrayList<>();
        for (KubeObject o : objects) {
            Optional<MetricsMonitor> m = o.asMetricsMonitor();
            if (m.isEmpty() || o.isPartial() || !m.get().watches(ns, namespaceOf(o))) {
                continue;
            }
            if (!m.get().selectsServices()) {
                if (m.get().selects(template.labels())) {
                    result.add(m.get());
                }
                continue;
            }
            if (services == null) {
                services = servicesSelecting(template);
            }
            for (Service s : services) {
                if (m.get().selects(s.object().labels())) {
                    result.add(m.get());
                    break;
                }
            }
        }
        return result;
    }

    /** The ServiceAccount the template's pods run as ({@code default} when unnamed), when the set declares it. */
    public Optional<ServiceAccount> serviceAccountFor(PodTemplate template) {
        String name = template.serviceAccountName().isPresent()
                ? template.serviceAccountName().get().textOrEmpty() : "default";
        for (KubeObject o : objectsIn(namespaceOf(template.object()))) {
            if (o.is(KnownKind.SERVICE_ACCOUNT) && o.nameText().equals(name)) {
                return o.asServiceAccount();
            }
        }
        return Optional.empty();
    }

    /**
     * True when everything the kustomization builds from is in the set: each {@code resources}
     * and {@code components} entry names a file of the set or a folder whose kustomization is in
     * the set and complete itself. A remote or missing entry makes it incomplete, as does a cycle.
     * Rules that judge what a set lacks ("no pod matches this Service") need a complete set.
     */
    public boolean isComplete(Kustomization kustomization) {
        Boolean known = completeness.get(kustomization);
        return known != null && known;
    }

    /** Decides {@link #isComplete} for every kustomization once, memoized (a cycle is incomplete). */
    private void computeCompleteness() {
        for (Kustomization k : kustomizations) {
            completeness(k, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
    }

    private boolean completeness(Kustomization k, Set<Kustomization> visiting) {
        Boolean known = completeness.get(k);
        if (known != null) {
            return known;
        }
        if (visiting.size() >= MAX_KUSTOMIZE_DEPTH || !visiting.add(k)) {
            return false;
        }
        boolean complete = true;
        List<Field> entries = new ArrayList<>(k.resources());
        entries.addAll(k.components());
        for (Field entry : entries) {
            Optional<Path> target = k.resolve(entry.textOrEmpty());
            if (target.isEmpty()) {
                complete = false;
                break;
            }
            if (byRealPath.containsKey(target.get())) {
                continue;
            }
            Kustomization child = kustomizationIn(target.get());
            if (child == null || !completeness(child, visiting)) {
                complete = false;
                break;
            }
        }
        visiting.remove(k);
        completeness.put(k, complete);
        return complete;
    }

    /** The kustomization of the set whose file is directly in that folder. */
    private Kustomization kustomizationIn(Path folder) {
        for (Kustomization k : kustomizations) {
            Optional<Path> dir = k.directory();
            if (dir.isPresent() && dir.get().equals(folder)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The kustomize patches that may change the object, from the kustomizations that include its
     * file: a patch file holding an object of the same kind and name, a patch whose {@code target}
     * selects the object's kind and name (a name pattern, a label or annotation selector, or no name
     * selects it too), an inline patch that names the object, and a patch whose file is not in the
     * set (it may hold anything). Rules that find something missing from a base object ask here:
     * an overlay may add it.
     */
    public List<Kustomization.Patch> patchesFor(KubeObject object) {
        List<Kustomization.Patch> result = new ArrayList<>();
        List<Kustomization> ks = including.get(object.source());
        if (ks == null) {
            return result;
        }
        for (Kustomization k : ks) {
            for (Kustomization.Patch patch : k.patches()) {
                if (patches(k, patch, object)) {
                    result.add(patch);
                }
            }
        }
        return result;
    }

    private boolean patches(Kustomization k, Kustomization.Patch patch, KubeObject object) {
        if (patch.target().isPresent()) {
            return targets(patch.target().get(), object);
        }
        if (patch.inline().isPresent()) {
            return patch.inline().get().textOrEmpty().contains(object.nameText());
        }
        if (patch.path().isEmpty()) {
            return false;
        }
        Optional<Path> target = k.resolve(patch.path().get().textOrEmpty());
        ManifestFile file = target.isPresent() ? byRealPath.get(target.get()) : null;
        if (file == null) {
            return true;
        }
        for (KubeObject o : file.objects()) {
            if (o.kind().equals(object.kind()) && o.nameText().equals(object.nameText())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a patch {@code target} may select the object; undecidable selectors count as selecting it. */
    private static boolean targets(Field target, KubeObject object) {
        if (!(target.node() instanceof YamlMapping m)) {
            return true;
        }
        String kind = scalar(m, "kind");
        String name = scalar(m, "name");
        if (!kind.isEmpty() && !kind.equals(object.kind())) {
            return false;
        }
        if (name.isEmpty() || name.equals(object.nameText())) {
            return true;
        }
        for (int i = 0; i < name.length(); i++) {
            if ("*.?[]()|^$+\\".indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String scalar(YamlMapping m, String key) {
        Optional<YamlNode> v = m.get(key);
        return v.isPresent() && v.get() instanceof YamlScalar s ? s.value() : "";
    }

    /**
     * Where a finding about a whole namespace is shown: the Namespace object when the set declares
     * it, else the first workload of the namespace, else its first object.
     */
    public Optional<Span> anchorFor(String namespace) {
        for (KubeObject o : objects) {
            if (o.is(KnownKind.NAMESPACE) && o.nameText().equals(namespace) && !o.isPartial()) {
                return Optional.of(o.locator());
            }
        }
        List<KubeObject> list = objectsIn(namespace);
        for (KubeObject o : list) {
            if (o.workload().isPresent() && !o.isPartial()) {
                return Optional.of(o.locator());
            }
        }
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0).locator());
    }

    /**
     * The kustomize {@code images} overrides that rewrite the container's image: from the
     * kustomizations including its file (for a patch file, the kustomizations patching it and
     * those including them: kustomize rewrites images after applying patches), whose {@code name}
     * is the image's name (without tag or digest), nearest kustomization first.
     */
    public List<ImageOverride> imageOverridesFor(Container container) {
        String image = imageName(container.imageText());
        List<ImageOverride> result = new ArrayList<>();
        List<Kustomization> ks = imageScopes.get(container.template().object().source());
        if (ks == null || image.isEmpty()) {
            return result;
        }
        for (Kustomization k : ks) {
            for (ImageOverride o : k.images()) {
                if (o.nameText().equals(image)) {
                    result.add(o);
                }
            }
        }
        return result;
    }

    /** An image reference without its digest and tag: {@code ghcr.io/a/b:1.0@sha256:..} is {@code ghcr.io/a/b}. */
    static String imageName(String reference) {
        String r = reference;
        int at = r.indexOf('@');
        if (at >= 0) {
            r = r.substring(0, at);
        }
        int colon = r.lastIndexOf(':');
        if (colon > r.lastIndexOf('/')) {
            r = r.substring(0, colon);
        }
        return r;
    }

    @Override
    public String toString() {
        return "ManifestSet[" + files.size() + " files, " + objects.size() + " objects]";
    }

    /** Orders files by path: the set's order is deterministic whatever order they were read in. */
    private static final class ByPath implements java.util.Comparator<ManifestFile> {
        @Override
        public int compare(ManifestFile a, ManifestFile b) {
            return a.source().path().compareTo(b.source().path());
        }
    }

    /** Kustomizations and the files they name, by real path. */
    private static final class Graph {
        private final Map<Path, ManifestFile> byPath = new HashMap<>();
        private final Map<Path, Kustomization> byDirectory = new HashMap<>();
        private final Map<Path, String> patchReasons = new HashMap<>();
        /** For each patch file path, the kustomizations naming it as a patch. */
        private final Map<Path, List<Kustomization>> patchedBy = new HashMap<>();
        /** For each file path, the kustomizations naming it directly (as a resource or component). */
        private final Map<Path, List<Kustomization>> parentsOfFile = new HashMap<>();
        /** For each kustomization, the kustomizations including its folder. */
        private final Map<Kustomization, List<Kustomization>> parentsOfKustomization = new IdentityHashMap<>();

        Graph(List<ManifestFile> files) {
            for (ManifestFile f : files) {
                Optional<Path> p = real(f);
                if (p.isEmpty()) {
                    continue;
                }
                byPath.put(p.get(), f);
                if (f.kustomization().isPresent() && p.get().getParent() != null) {
                    byDirectory.putIfAbsent(p.get().getParent(), f.kustomization().get());
                }
            }
            for (ManifestFile f : files) {
                if (f.kustomization().isEmpty() || real(f).isEmpty()) {
                    continue;
                }
                Kustomization k = f.kustomization().get();
                List<Field> included = new ArrayList<>(k.resources());
                included.addAll(k.components());
                for (Field entry : included) {
                    Optional<Path> target = k.resolve(entry.textOrEmpty());
                    if (target.isEmpty()) {
                        continue;
                    }
                    Kustomization child = byDirectory.get(target.get());
                    if (child != null && child != k) {
                        add(parentsOfKustomization, child, k);
                    } else if (byPath.containsKey(target.get())) {
                        addPath(parentsOfFile, target.get(), k);
                    }
                }
                String where = f.source().path();
                for (Kustomization.Patch patch : k.patches()) {
                    if (patch.path().isPresent()) {
                        Optional<Path> target = k.resolve(patch.path().get().textOrEmpty());
                        if (target.isPresent()) {
                            patchReasons.putIfAbsent(target.get(), "patch in `" + where + "` (`" + patch.from() + "`)");
                            addPath(patchedBy, target.get(), k);
                        }
                    }
                }
                for (Field plugin : k.pluginConfigs()) {
                    Optional<Path> target = k.resolve(plugin.textOrEmpty());
                    if (target.isPresent()) {
                        patchReasons.putIfAbsent(target.get(), "kustomize plugin configuration in `" + where + "`");
                    }
                }
            }
        }

        static Optional<Path> real(ManifestFile f) {
            if (f.path().isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(f.path().get().toAbsolutePath().normalize());
            } catch (java.io.IOError | SecurityException e) {
                return Optional.empty();
            }
        }

        private static void add(Map<Kustomization, List<Kustomization>> map, Kustomization key, Kustomization value) {
            List<Kustomization> list = map.get(key);
            if (list == null) {
                list = new ArrayList<>();
                map.put(key, list);
            }
            if (!list.contains(value)) {
                list.add(value);
            }
        }

        private static void addPath(Map<Path, List<Kustomization>> map, Path key, Kustomization value) {
            List<Kustomization> list = map.get(key);
            if (list == null) {
                list = new ArrayList<>();
                map.put(key, list);
            }
            if (!list.contains(value)) {
                list.add(value);
            }
        }

        /** True when a kustomization of the set names the file in its {@code resources} or {@code components}. */
        boolean isResource(ManifestFile f) {
            Optional<Path> p = real(f);
            return p.isPresent() && parentsOfFile.containsKey(p.get());
        }

        String patchReason(ManifestFile f) {
            Optional<Path> p = real(f);
            return p.isEmpty() ? null : patchReasons.get(p.get());
        }

        /**
         * The kustomizations whose {@code images} apply to the file's objects: those including it
         * ({@code ancestors}, nearest first), then those naming it as a patch and the kustomizations
         * including them.
         */
        List<Kustomization> imageScope(ManifestFile f, Map<Kustomization, Integer> ancestors) {
            Optional<Path> p = real(f);
            List<Kustomization> patchers = p.isEmpty() ? null : patchedBy.get(p.get());
            if (patchers == null) {
                return List.copyOf(ancestors.keySet());
            }
            List<Kustomization> result = new ArrayList<>(ancestors.keySet());
            Set<Kustomization> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(result);
            Deque<Kustomization> queue = new ArrayDeque<>();
            for (Kustomization k : patchers) {
                if (seen.add(k)) {
                    result.add(k);
                    queue.add(k);
                }
            }
            while (!queue.isEmpty()) {
                List<Kustomization> parents = parentsOfKustomization.get(queue.poll());
                if (parents == null) {
                    continue;
                }
                for (Kustomization parent : parents) {
                    if (seen.add(parent)) {
                        result.add(parent);
                        queue.add(parent);
                    }
                }
            }
            return List.copyOf(result);
        }

        /** Kustomizations including the file (its own kustomization counts for a kustomization file), with their depth. */
        Map<Kustomization, Integer> ancestors(ManifestFile f) {
            Map<Kustomization, Integer> depth = new LinkedHashMap<>();
            Optional<Path> p = real(f);
            if (p.isEmpty()) {
                return depth;
            }
            Deque<Kustomization> queue = new ArrayDeque<>();
            List<Kustomization> direct = parentsOfFile.get(p.get());
            if (direct != null) {
                for (Kustomization k : direct) {
                    if (!depth.containsKey(k)) {
                        depth.put(k, 1);
                        queue.add(k);
                    }
                }
            }
            Set<Kustomization> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(depth.keySet());
            while (!queue.isEmpty()) {
                Kustomization k = queue.poll();
                int d = depth.get(k);
                if (d >= MAX_KUSTOMIZE_DEPTH) {
                    continue;
                }
                List<Kustomization> parents = parentsOfKustomization.get(k);
                if (parents == null) {
                    continue;
                }
                for (Kustomization parent : parents) {
                    if (seen.add(parent)) {
                        depth.put(parent, d + 1);
                        queue.add(parent);
                    }
                }
            }
            return depth;
        }
    }
}
