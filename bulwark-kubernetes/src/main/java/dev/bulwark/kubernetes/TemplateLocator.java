package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the pod templates of each kind at the field paths of its API (checked against the APIs'
 * own types and CRDs): core {@code spec.template}; CronJob {@code spec.jobTemplate.spec.template};
 * KubeRay {@code headGroupSpec.template}, {@code workerGroupSpecs[].template} (RayJob and RayCronJob
 * under {@code rayClusterSpec}, with {@code submitterPodTemplate}; RayService under
 * {@code rayClusterConfig}); Kubeflow {@code <framework>ReplicaSpecs.<type>.template}; Trainer v2
 * {@code spec.trainer} and the JobSet template of training runtimes; KServe
 * {@code predictor}/{@code transformer}/{@code explainer} (inline pod spec plus a model spec) and
 * {@code predictor.workerSpec}; ServingRuntime {@code spec}; JobSet
 * {@code replicatedJobs[].template.spec.template}; LeaderWorkerSet
 * {@code leaderWorkerTemplate.leaderTemplate}/{@code workerTemplate}; Argo {@code templates[]} with
 * {@code container}, {@code script} or {@code containerSet} ({@code podSpecPatch} is ignored: a
 * string patch applied at run time); Knative {@code spec.template}; Notebook {@code spec.template};
 * Katib {@code trialTemplate.trialSpec} (an embedded object, searched the same way).
 */
final class TemplateLocator {
    /** KServe predictor model specs: the generic {@code model} and the framework shorthands. */
    private static final String[] PREDICTOR_MODELS = {"model", "sklearn", "xgboost", "tensorflow", "pytorch", "triton",
        "onnx", "huggingface", "pmml", "lightgbm", "paddle", "catboost"};
    /** KServe explainer specs ({@code alibi} and {@code aix} in releases before 0.14). */
    private static final String[] EXPLAINER_MODELS = {"art", "alibi", "aix"};
    /** Embedding depth bound (a trial spec inside a trial spec is not a real API, but input is hostile). */
    private static final int MAX_DEPTH = 3;

    /** What was found. */
    static final class Located {
        final List<TemplateSpec> specs = new ArrayList<>();
        Field replicas;
        LabelSelector selector;
        Field serviceName;
        List<PersistentVolumeClaim> claimTemplates = List.of();
        Field schedule;
        /** Why the object cannot be whole (its template is missing), or null. */
        String missing;
    }

    private final ReadContext ctx;

    TemplateLocator(ReadContext ctx) {
        this.ctx = ctx;
    }

    Located locate(KnownKind kind, YamlMapping root, String kindText) {
        Located out = new Located();
        locate(kind, root, kindText, "", out, 0);
        return out;
    }

    private void locate(KnownKind kind, YamlMapping root, String kindText, String prefix, Located out, int depth) {
        YamlMapping spec = ctx.mapping(root, "spec").orElse(null);
        switch (kind) {
            case POD:
                pod(root, spec, prefix, out);
                break;
            case DEPLOYMENT: case STATEFUL_SET: case DAEMON_SET: case REPLICA_SET: case REPLICATION_CONTROLLER: case JOB:
                coreWorkload(kind, kindText, spec, prefix, out);
                break;
            case CRON_JOB:
                cronJob(spec, prefix, out);
                break;
            case RAY_CLUSTER:
                rayCluster(spec, prefix, Lifecycle.LONG_RUNNING, out);
                break;
            case RAY_SERVICE:
                rayCluster(ctx.mapping(spec, "rayClusterConfig").orElse(null), prefix, Lifecycle.LONG_RUNNING, out);
                break;
            case RAY_JOB:
                rayJob(spec, prefix, out);
                break;
            case RAY_CRON_JOB:
                out.schedule = ctx.string(spec, "schedule").orElse(null);
                rayJob(ctx.mapping(spec, "jobTemplate").orElse(null), prefix, out);
                break;
            case PYTORCH_JOB: case TF_JOB: case MPI_JOB: case XGBOOST_JOB: case PADDLE_JOB: case MX_JOB: case JAX_JOB:
                replicaSpecs(spec, replicaSpecsKey(kind), prefix, out);
                break;
            case NOTEBOOK:
                singleTemplate(spec, "template", TemplateKind.NOTEBOOK, "pod template", Lifecycle.LONG_RUNNING, prefix, out);
                break;
            case EXPERIMENT:
                if (depth < MAX_DEPTH) {
                    trialSpec(spec, prefix, out, depth);
                }
                break;
            case TRAIN_JOB:
                trainer(spec, prefix, out);
                break;
            case TRAINING_RUNTIME: case CLUSTER_TRAINING_RUNTIME:
                Optional<YamlMapping> jobSet = ctx.mapping(spec, "template");
                if (jobSet.isPresent()) {
                    replicatedJobs(ctx.mapping(jobSet.get(), "spec").orElse(null), prefix, out);
                }
                break;
            case JOB_SET:
                replicatedJobs(spec, prefix, out);
                break;
            case LEADER_WORKER_SET:
                leaderWorkerSet(spec, prefix, out);
                break;
            case INFERENCE_SERVICE:
                inferenceService(spec, prefix, out);
                break;
            case SERVING_RUNTIME: case CLUSTER_SERVING_RUNTIME:
                servingRuntime(root, spec, prefix, out);
                break;
            case WORKFLOW: case WORKFLOW_TEMPLATE: case CLUSTER_WORKFLOW_TEMPLATE:
                workflow(spec, prefix, out);
                break;
            case CRON_WORKFLOW:
                out.schedule = ctx.field(spec, "schedule").orElse(null);
                workflow(ctx.mapping(spec, "workflowSpec").orElse(null), prefix, out);
                break;
            case KNATIVE_SERVICE:
                singleTemplate(spec, "template", TemplateKind.REVISION, "revision template", Lifecycle.LONG_RUNNING,
                        prefix, out);
                break;
            default:
                break;
        }
    }

    private static String replicaSpecsKey(KnownKind kind) {
        switch (kind) {
            case PYTORCH_JOB: return "pytorchReplicaSpecs";
            case TF_JOB: return "tfReplicaSpecs";
            case MPI_JOB: return "mpiReplicaSpecs";
            case XGBOOST_JOB: return "xgbReplicaSpecs";
            case PADDLE_JOB: return "paddleReplicaSpecs";
            case MX_JOB: return "mxReplicaSpecs";
            default: return "jaxReplicaSpecs";
        }
    }

    /** A Pod: the object is its template; {@code restartPolicy} decides whether it runs to completion. */
    private void pod(YamlMapping root, YamlMapping spec, String prefix, Located out) {
        if (spec == null) {
            out.missing = "Pod without `spec`";
            return;
        }
        TemplateSpec t = new TemplateSpec();
        t.kind = TemplateKind.POD;
        t.role = "pod";
        t.embeddedIn = prefix;
        t.roleSpan = ctx.field(root, "spec").get().keySpan();
        t.node = spec;
        t.meta = ctx.mapping(root, "metadata").orElse(null);
        t.podSpec(spec);
        Optional<Field> restart = ctx.field(spec, "restartPolicy");
        t.lifecycle = restart.isPresent() && !restart.get().textOrEmpty().equals("Always")
                ? Lifecycle.RUN_TO_COMPLETION : Lifecycle.LONG_RUNNING;
        out.specs.add(t);
    }

    private void coreWorkload(KnownKind kind, String kindText, YamlMapping spec, String prefix, Located out) {
        if (spec == null) {
            out.missing = kindText + " without `spec`";
            return;
        }
        if (kind == KnownKind.REPLICATION_CONTROLLER) {
            StringMap map = StringMap.read(ctx, spec, "selector", false);
            out.selector = map.field().isPresent() ? LabelSelector.ofMap(map) : null;
        } else {
            out.selector = LabelSelector.read(ctx, spec, "selector").orElse(null);
        }
        Lifecycle lifecycle = Lifecycle.LONG_RUNNING;
        Field replicas = null;
        if (kind == KnownKind.JOB) {
            lifecycle = Lifecycle.RUN_TO_COMPLETION;
            replicas = ctx.integer(spec, "parallelism").orElse(null);
        } else if (kind != KnownKind.DAEMON_SET) {
            replicas = ctx.integer(spec, "replicas").orElse(null);
            out.replicas = replicas;
        }
        if (kind == KnownKind.STATEFUL_SET) {
            out.serviceName = ctx.string(spec, "serviceName").orElse(null);
            out.claimTemplates = claims(spec, "volumeClaimTemplates");
        }
        TemplateSpec t = podTemplateSpec(spec, "template", TemplateKind.WORKLOAD, "pod template", prefix);
        if (t == null) {
            out.missing = kindText + " without `spec.template`";
            return;
        }
        t.lifecycle = lifecycle;
        t.replicas = replicas;
        t.claimTemplates.addAll(out.claimTemplates);
        out.specs.add(t);
    }

    private void cronJob(YamlMapping spec, String prefix, Located out) {
        if (spec == null) {
            out.missing = "CronJob without `spec`";
            return;
        }
        out.schedule = ctx.string(spec, "schedule").orElse(null);
        Optional<YamlMapping> jobTemplate = ctx.mapping(spec, "jobTemplate");
        YamlMapping jobSpec = jobTemplate.isPresent() ? ctx.mapping(jobTemplate.get(), "spec").orElse(null) : null;
        TemplateSpec t = jobSpec == null ? null
                : podTemplateSpec(jobSpec, "template", TemplateKind.WORKLOAD, "pod template", prefix);
        if (t == null) {
            out.missing = "CronJob without `spec.jobTemplate.spec.template`";
            return;
        }
        t.lifecycle = Lifecycle.RUN_TO_COMPLETION;
        t.replicas = ctx.integer(jobSpec, "parallelism").orElse(null);
        out.specs.add(t);
    }

    private void rayCluster(YamlMapping spec, String prefix, Lifecycle lifecycle, Located out) {
        if (spec == null) {
            return;
        }
        Optional<YamlMapping> head = ctx.mapping(spec, "headGroupSpec");
        if (head.isPresent()) {
            TemplateSpec t = podTemplateSpec(head.get(), "template", TemplateKind.RAY_HEAD, "head group", prefix);
            if (t != null) {
                t.lifecycle = lifecycle;
                out.specs.add(t);
            } else {
                out.missing = "Ray head group without `template`";
            }
        }
        for (YamlMapping group : ctx.mappingItems(spec, "workerGroupSpecs")) {
            Optional<Field> name = ctx.string(group, "groupName");
            String role = name.isPresent() ? "worker group `" + name.get().textOrEmpty() + "`" : "worker group";
            TemplateSpec t = podTemplateSpec(group, "template", TemplateKind.RAY_WORKER, role, prefix);
            if (t == null) {
                out.missing = "Ray " + role + " without `template`";
                continue;
            }
            if (name.isPresent()) {
                t.roleSpan = name.get().valueSpan();
            }
            t.lifecycle = lifecycle;
            t.replicas = ctx.integer(group, "replicas").orElse(null);
            t.minReplicas = ctx.integer(group, "minReplicas").orElse(null);
            t.maxReplicas = ctx.integer(group, "maxReplicas").orElse(null);
            out.specs.add(t);
        }
    }

    private void rayJob(YamlMapping spec, String prefix, Located out) {
        if (spec == null) {
            return;
        }
        rayCluster(ctx.mapping(spec, "rayClusterSpec").orElse(null), prefix, Lifecycle.RUN_TO_COMPLETION, out);
        TemplateSpec submitter = podTemplateSpec(spec, "submitterPodTemplate", TemplateKind.RAY_SUBMITTER,
                "submitter pod template", prefix);
        if (submitter != null) {
            submitter.lifecycle = Lifecycle.RUN_TO_COMPLETION;
            out.specs.add(submitter);
        }
    }

    private void replicaSpecs(YamlMapping spec, String key, String prefix, Located out) {
        Optional<YamlMapping> replicaSpecs = ctx.mapping(spec, key);
        if (replicaSpecs.isEmpty()) {
            // MPIJob v1alpha1 (mpi-operator before v1alpha2): one pod template and a replica count.
            TemplateSpec t = key.equals("mpiReplicaSpecs") && spec != null
                    ? podTemplateSpec(spec, "template", TemplateKind.TRAINING_REPLICA, "pod template", prefix) : null;
            if (t == null) {
                out.missing = "training job without `spec." + key + "`";
                return;
            }
            t.lifecycle = Lifecycle.RUN_TO_COMPLETION;
            t.replicas = ctx.integer(spec, "replicas").orElse(null);
            out.specs.add(t);
            return;
        }
        for (YamlEntry e : replicaSpecs.get().entries()) {
            if (!(e.key() instanceof YamlScalar type)) {
                continue;
            }
            Field typeField = Field.entry(ctx.source(), e.key(), type.value(), e.value());
            if (!(e.value() instanceof YamlMapping replica)) {
                if (!typeField.isNull()) {
                    ctx.wrongType(typeField, "a mapping");
                }
                continue;
            }
            String role = "replica type `" + type.value() + "`";
            TemplateSpec t = podTemplateSpec(replica, "template", TemplateKind.TRAINING_REPLICA, role, prefix);
            if (t == null) {
                out.missing = role + " without `template`";
                continue;
            }
            t.roleSpan = typeField.keySpan();
            t.lifecycle = Lifecycle.RUN_TO_COMPLETION;
            t.replicas = ctx.integer(replica, "replicas").orElse(null);
            out.specs.add(t);
        }
    }

    private void trialSpec(YamlMapping spec, String prefix, Located out, int depth) {
        Optional<YamlMapping> trialTemplate = ctx.mapping(spec, "trialTemplate");
        Optional<YamlMapping> trial = trialTemplate.isPresent() ? ctx.mapping(trialTemplate.get(), "trialSpec")
                : Optional.empty();
        if (trial.isEmpty()) {
            return;
        }
        Optional<Field> apiVersion = ctx.field(trial.get(), "apiVersion");
        Optional<Field> kind = ctx.field(trial.get(), "kind");
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return;
        }
        KnownKind inner = KnownKind.of(ApiVersions.group(apiVersion.get().textOrEmpty()), kind.get().textOrEmpty());
        Located embedded = new Located();
        locate(inner, trial.get(), kind.get().textOrEmpty(), prefix + "trial spec (" + kind.get().textOrEmpty() + ") ",
                embedded, depth + 1);
        out.specs.addAll(embedded.specs);
    }

    /** Trainer v2: {@code spec.trainer} is a container without a pod template. */
    private void trainer(YamlMapping spec, String prefix, Located out) {
        Optional<YamlMapping> trainer = ctx.mapping(spec, "trainer");
        if (trainer.isEmpty()) {
            return;
        }
        TemplateSpec t = new TemplateSpec();
        t.kind = TemplateKind.TRAINER;
        t.role = "trainer";
        t.embeddedIn = prefix;
        t.roleSpan = ctx.field(spec, "trainer").get().keySpan();
        t.node = trainer.get();
        t.sources.add(new TemplateSpec.Source(ContainerKind.TRAINER, spec, "trainer", true));
        t.replicas = ctx.integer(trainer.get(), "numNodes").orElse(null);
        t.lifecycle = Lifecycle.RUN_TO_COMPLETION;
        t.needsContainers = false;
        out.specs.add(t);
    }

    private void replicatedJobs(YamlMapping jobSetSpec, String prefix, Located out) {
        for (YamlMapping job : ctx.mappingItems(jobSetSpec, "replicatedJobs")) {
            Optional<Field> name = ctx.string(job, "name");
            String role = name.isPresent() ? "replicated job `" + name.get().textOrEmpty() + "`" : "replicated job";
            Optional<YamlMapping> jobTemplate = ctx.mapping(job, "template");
            YamlMapping jobSpec = jobTemplate.isPresent() ? ctx.mapping(jobTemplate.get(), "spec").orElse(null) : null;
            TemplateSpec t = jobSpec == null ? null
                    : podTemplateSpec(jobSpec, "template", TemplateKind.REPLICATED_JOB, role, prefix);
            if (t == null) {
                out.missing = role + " without `template.spec.template`";
                continue;
            }
            if (name.isPresent()) {
                t.roleSpan = name.get().valueSpan();
            }
            t.lifecycle = Lifecycle.RUN_TO_COMPLETION;
            t.replicas = ctx.integer(job, "replicas").orElse(null);
            out.specs.add(t);
        }
    }

    private void leaderWorkerSet(YamlMapping spec, String prefix, Located out) {
        out.replicas = ctx.integer(spec, "replicas").orElse(null);
        Optional<YamlMapping> lwt = ctx.mapping(spec, "leaderWorkerTemplate");
        if (lwt.isEmpty()) {
            out.missing = "LeaderWorkerSet without `spec.leaderWorkerTemplate`";
            return;
        }
        TemplateSpec leader = podTemplateSpec(lwt.get(), "leaderTemplate", TemplateKind.LEADER, "leader template", prefix);
        if (leader != null) {
            leader.replicas = out.replicas;
            out.specs.add(leader);
        }
        TemplateSpec worker = podTemplateSpec(lwt.get(), "workerTemplate", TemplateKind.LEADER_WORKER, "worker template",
                prefix);
        if (worker == null) {
            out.missing = "LeaderWorkerSet without `leaderWorkerTemplate.workerTemplate`";
            return;
        }
        worker.replicas = out.replicas;
        out.specs.add(worker);
    }

    private void inferenceService(YamlMapping spec, String prefix, Located out) {
        Optional<YamlMapping> predictor = ctx.mapping(spec, "predictor");
        if (predictor.isEmpty()) {
            out.missing = "InferenceService without `spec.predictor`";
        } else {
            component(spec, "predictor", TemplateKind.PREDICTOR, PREDICTOR_MODELS, prefix, out);
            Optional<YamlMapping> worker = ctx.mapping(predictor.get(), "workerSpec");
            if (worker.isPresent()) {
                TemplateSpec t = new TemplateSpec();
                t.kind = TemplateKind.PREDICTOR_WORKER;
                t.role = "predictor worker spec";
                t.embeddedIn = prefix;
                t.roleSpan = ctx.field(predictor.get(), "workerSpec").get().keySpan();
                t.node = worker.get();
                t.podSpec(worker.get());
                t.replicas = ctx.integer(worker.get(), "pipelineParallelSize").orElse(null);
                // The worker pods take the predictor's container when they list none.
                t.needsContainers = false;
                out.specs.add(t);
            }
        }
        component(spec, "transformer", TemplateKind.TRANSFORMER, new String[0], prefix, out);
        component(spec, "explainer", TemplateKind.EXPLAINER, EXPLAINER_MODELS, prefix, out);
    }

    /** A KServe component: an inline pod spec, an optional model spec, and replica bounds. */
    private void component(YamlMapping spec, String key, TemplateKind kind, String[] models, String prefix, Located out) {
        Optional<YamlMapping> c = ctx.mapping(spec, key);
        if (c.isEmpty()) {
            return;
        }
        TemplateSpec t = new TemplateSpec();
        t.kind = kind;
        t.role = key;
        t.embeddedIn = prefix;
        t.roleSpan = ctx.field(spec, key).get().keySpan();
        t.node = c.get();
        t.meta = c.get();
        t.podSpec(c.get());
        for (String model : models) {
            if (ctx.field(c.get(), model).isPresent()) {
                t.sources.add(new TemplateSpec.Source(ContainerKind.MODEL_SERVER, c.get(), model, true));
                break;
            }
        }
        t.replicas = ctx.integer(c.get(), "minReplicas").orElse(null);
        t.minReplicas = t.replicas;
        t.maxReplicas = ctx.integer(c.get(), "maxReplicas").orElse(null);
        out.specs.add(t);
    }

    private void servingRuntime(YamlMapping root, YamlMapping spec, String prefix, Located out) {
        if (spec == null) {
            out.missing = "serving runtime without `spec`";
            return;
        }
        TemplateSpec t = new TemplateSpec();
        t.kind = TemplateKind.SERVING_RUNTIME;
        t.role = "serving runtime";
        t.embeddedIn = prefix;
        t.roleSpan = ctx.field(root, "spec").get().keySpan();
        t.node = spec;
        t.meta = spec;
        t.podSpec(spec);
        out.specs.add(t);
        Optional<YamlMapping> worker = ctx.mapping(spec, "workerSpec");
        if (worker.isPresent()) {
            TemplateSpec w = new TemplateSpec();
            w.kind = TemplateKind.SERVING_RUNTIME;
            w.role = "serving runtime worker spec";
            w.embeddedIn = prefix;
            w.roleSpan = ctx.field(spec, "workerSpec").get().keySpan();
            w.node = worker.get();
            w.podSpec(worker.get());
            w.replicas = ctx.integer(worker.get(), "size").orElse(null);
            out.specs.add(w);
        }
    }

    private void workflow(YamlMapping spec, String prefix, Located out) {
        if (spec == null) {
            return;
        }
        List<PersistentVolumeClaim> claims = claims(spec, "volumeClaimTemplates");
        out.claimTemplates = claims;
        YamlMapping defaults = ctx.mapping(spec, "templateDefaults").orElse(null);
        for (YamlMapping template : ctx.mappingItems(spec, "templates")) {
            boolean hasContainer = ctx.mapping(template, "container").isPresent();
            boolean hasScript = ctx.mapping(template, "script").isPresent();
            Optional<YamlMapping> containerSet = ctx.mapping(template, "containerSet");
            if (!hasContainer && !hasScript && containerSet.isEmpty()) {
                continue; // steps, dag, resource, suspend, http, plugin, data: no pod of user containers
            }
            Optional<Field> name = ctx.string(template, "name");
            TemplateSpec t = new TemplateSpec();
            t.kind = TemplateKind.WORKFLOW_STEP;
            t.role = name.isPresent() ? "template `" + name.get().textOrEmpty() + "`" : "template";
            t.embeddedIn = prefix;
            t.roleSpan = name.isPresent() ? name.get().valueSpan() : ctx.span(template);
            t.node = template;
            t.meta = ctx.mapping(template, "metadata").orElse(null);
            t.layers.add(template);
            if (defaults != null) {
                t.layers.add(defaults);
            }
            t.layers.add(spec);
            t.sources.add(new TemplateSpec.Source(ContainerKind.INIT, template, "initContainers", false));
            t.sources.add(new TemplateSpec.Source(ContainerKind.MAIN, template, "container", true));
            t.sources.add(new TemplateSpec.Source(ContainerKind.MAIN, template, "script", true));
            if (containerSet.isPresent()) {
                t.sources.add(new TemplateSpec.Source(ContainerKind.MAIN, containerSet.get(), "containers", false));
            }
            t.sources.add(new TemplateSpec.Source(ContainerKind.SIDECAR, template, "sidecars", false));
            Optional<Field> daemon = ctx.bool(template, "daemon");
            t.lifecycle = daemon.isPresent() && daemon.get().isTrue() ? Lifecycle.LONG_RUNNING
                    : Lifecycle.RUN_TO_COMPLETION;
            t.claimTemplates.addAll(claims);
            out.specs.add(t);
        }
    }

    private void singleTemplate(YamlMapping spec, String key, TemplateKind kind, String role, Lifecycle lifecycle,
                                String prefix, Located out) {
        TemplateSpec t = spec == null ? null : podTemplateSpec(spec, key, kind, role, prefix);
        if (t == null) {
            out.missing = "no `spec." + key + "`";
            return;
        }
        t.lifecycle = lifecycle;
        out.specs.add(t);
    }

    /** A PodTemplateSpec at {@code parent[key]} ({@code metadata} and {@code spec}), or null when absent. */
    private TemplateSpec podTemplateSpec(YamlMapping parent, String key, TemplateKind kind, String role, String prefix) {
        Optional<YamlMapping> template = ctx.mapping(parent, key);
        if (template.isEmpty()) {
            return null;
        }
        TemplateSpec t = new TemplateSpec();
        t.kind = kind;
        t.role = role;
        t.embeddedIn = prefix;
        t.roleSpan = ctx.field(parent, key).get().keySpan();
        t.node = template.get();
        t.meta = ctx.mapping(template.get(), "metadata").orElse(null);
        Optional<YamlMapping> podSpec = ctx.mapping(template.get(), "spec");
        if (podSpec.isPresent()) {
            t.podSpec(podSpec.get());
        }
        return t;
    }

    private List<PersistentVolumeClaim> claims(YamlMapping spec, String key) {
        List<YamlMapping> items = ctx.mappingItems(spec, key);
        if (items.isEmpty()) {
            return List.of();
        }
        List<PersistentVolumeClaim> claims = new ArrayList<>(items.size());
        for (YamlMapping m : items) {
            claims.add(PersistentVolumeClaim.read(ctx, m, null));
        }
        return List.copyOf(claims);
    }
}
