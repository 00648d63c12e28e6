/**
 * The Kubernetes model: manifests read as objects, every pod description seen through one view.
 *
 * <h2>Flow</h2>
 * <pre>
 * text --HelmTemplates.skipReason--&gt; skipped with a reason (Helm chart templates, {{ }} files)
 *      --YamlParser--&gt; YamlFile --ManifestClassifier.classify--&gt; MANIFEST | KUSTOMIZATION | NONE
 *      --ManifestFile.read(yaml, path)--&gt; objects, kustomization, problems      (per file, parallel)
 * files --ManifestSet.of--&gt; patch files re-read as partial, namespaces, cross-file lookups (once)
 * </pre>
 * Rules judge the files of the {@link dev.bulwark.kubernetes.ManifestSet}: a file that a
 * kustomization names as a patch is read again there with every object partial.
 *
 * <h2>Objects</h2>
 * A {@link dev.bulwark.kubernetes.ManifestFile} holds the objects of all its documents: a
 * document that is a mapping with {@code apiVersion} and {@code kind} is a
 * {@link dev.bulwark.kubernetes.KubeObject}; the items of {@code List} and {@code *List} kinds
 * are flattened into objects (four levels at most). Empty documents are skipped. A document that
 * is not an object (not a mapping, or without {@code apiVersion}/{@code kind}) is a problem only
 * in a file that holds objects: a file of none is not a manifest at all (a values file), which
 * the engine decides with {@link dev.bulwark.kubernetes.ManifestClassifier} before reading it. A
 * kustomization document becomes the file's {@link dev.bulwark.kubernetes.Kustomization}, never
 * an object (Flux's {@code kustomize.toolkit.fluxcd.io} Kustomization is a cluster object and
 * stays one). Kinds are recognised by API group and kind ({@link dev.bulwark.kubernetes.KnownKind}),
 * so Knative's {@code Service} is not a core Service and a CRD named {@code Deployment} is not a
 * workload.
 *
 * <h2>Values with spans</h2>
 * Every fact is a {@link dev.bulwark.kubernetes.Field}: the key and value as written, with exact
 * spans ({@code keySpan}, {@code valueSpan}, {@code span} for both). A value reached through a
 * YAML alias or merge key has the span of its anchored definition (the YAML adapter shares the
 * node), so a finding lands where the text is; compare with the template's span to name the
 * place of use too. A null value ({@code key:}) reads as absent, as Kubernetes decodes it.
 * Scalars are typed the way {@code kubectl} reads them: YAML 1.1 booleans ({@code yes},
 * {@code off}) count as booleans, {@code ${VAR}} is a string.
 *
 * <h2>One pod-spec view</h2>
 * Each object that carries pods has {@link dev.bulwark.kubernetes.PodTemplate}s, found at the
 * real field paths of each API ({@code TemplateLocator} lists them): core workloads, KubeRay
 * (head group, each worker group, a RayJob's submitter), the Kubeflow training operator (each
 * replica type), Trainer v2 (a TrainJob's {@code trainer}, a container without a pod template;
 * the JobSet template of training runtimes), KServe (predictor, transformer, explainer, predictor
 * worker spec; the model spec is a {@link dev.bulwark.kubernetes.ContainerKind#MODEL_SERVER}
 * container whose image the ServingRuntime may supply; ServingRuntimes themselves), JobSet,
 * LeaderWorkerSet, Argo Workflows templates with {@code container}, {@code script} or
 * {@code containerSet} ({@code podSpecPatch} ignored: a string patch applied at run time),
 * Knative revisions, Kubeflow Notebooks and Katib trial specs (embedded objects, searched the
 * same way). A template has a role for messages ("worker group `gpu`"), a role span, a
 * {@link dev.bulwark.kubernetes.Lifecycle}, replica fields, pod-level fields looked up through
 * layers (an Argo template over its workflow), volumes, and {@link dev.bulwark.kubernetes.Container}s
 * with env, ports, probes, parsed {@link dev.bulwark.kubernetes.Quantity} resources, volume
 * mounts resolved to volumes or claim templates, and the effective
 * {@link dev.bulwark.kubernetes.SecurityContext} (container over pod, field by field, each
 * setting with the span and level where it is written). Other kinds rules look into have typed
 * views on the object ({@code asService()}, {@code asSecret()}, {@code asPersistentVolumeClaim()}...).
 *
 * <h2>Partial objects</h2>
 * An object is partial ({@link dev.bulwark.kubernetes.KubeObject#isPartial()}, with a reason)
 * when a kustomization in the set names its file in {@code patches}, {@code patchesStrategicMerge}
 * or {@code patchesJson6902} (or as a generator/transformer config), or when it cannot be whole:
 * a workload without a pod template, a template without containers, a container without the
 * image the API requires, a strategic-merge directive ({@code $patch}). Rules never judge a
 * partial object as a whole one (no "missing X" findings on it).
 *
 * <h2>Problems</h2>
 * What the API would reject is a {@link dev.bulwark.kubernetes.ManifestProblem} with its exact
 * span, never an exception: documents that are not objects (beside objects), fields of the wrong
 * shape or scalar type where the API types them unambiguously ({@code containers} not a list,
 * {@code command} a single string, a quoted {@code "true"} for a boolean, a number as a label
 * value), quantities such as {@code 1GB}, non-base64 Secret {@code data}. Reading is total and
 * bounded (list nesting, trial-spec embedding and kustomize depth are capped).
 *
 * <h2>Manifest set</h2>
 * {@link dev.bulwark.kubernetes.ManifestSet} resolves kustomizations against the files' real
 * paths (standard input has none), computes each object's namespace (the outermost including
 * kustomization's {@code namespace}, else {@code metadata.namespace}, else {@code default}; Helm
 * sets it at install time, and chart templates are skipped), and answers cross-file questions:
 * the PVC a volume claims, the HPAs scaling a workload, quotas and limit ranges of a namespace,
 * Services and NetworkPolicies selecting a template's pods, the ServiceAccount a pod runs as, the
 * kustomize {@code images} overrides of a container.
 *
 * <h2>Templates are not YAML</h2>
 * {@link dev.bulwark.kubernetes.HelmTemplates} is a cheap text predicate: a file under a chart's
 * {@code templates/} folder (next to {@code Chart.yaml}), or with {@code {{ }}} actions where YAML
 * cannot hold them or using Helm's objects ({@code .Values}...), is skipped with a reason. Argo's
 * {@code "{{inputs.parameters.x}}"} and templated data inside block scalars are valid manifests.
 * {@code Chart.yaml} (an {@code apiVersion} without {@code kind}) and values files classify as
 * {@code NONE}.
 *
 * <h2>Start-up rules</h2>
 * The model is on the check path: no lambdas, method references or streams; no records (so no
 * generated {@code equals}/{@code hashCode}/{@code toString}); views are built once, eagerly, in
 * one walk per object, and are immutable afterwards (safe to share between rule threads).
 */
package dev.bulwark.kubernetes;
