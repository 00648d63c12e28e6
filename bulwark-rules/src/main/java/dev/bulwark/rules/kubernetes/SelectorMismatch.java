package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.KubeObject;
import dev.bulwark.kubernetes.Kustomization;
import dev.bulwark.kubernetes.LabelSelector;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.StringMap;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Deployment, StatefulSet, DaemonSet, ReplicaSet or ReplicationController whose
 * {@code spec.selector} does not select its own pod template: the API server rejects it
 * ({@code selector does not match template labels}). A label that a kustomization including the
 * file adds to pod templates ({@code commonLabels}, {@code labels} with {@code includeTemplates})
 * may be what the selector asks for, so such keys are not judged.
 */
@RuleInfo(code = "KU040", name = "selector-mismatch", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "A workload's selector does not match the labels of its own pod template.",
        fix = "Make `spec.selector.matchLabels` a subset of `spec.template.metadata.labels`.",
        aliases = {"mismatching-selector"})
public final class SelectorMismatch implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (KubeObject object : ctx.file().objects()) {
            if (object.isPartial() || !hasSelectorOfItsTemplate(object.knownKind()) || object.workload().isEmpty()
                    || object.podTemplates().isEmpty()) {
                continue;
            }
            Optional<LabelSelector> selector = object.workload().get().selector();
            if (selector.isEmpty() || selector.get().isEmpty()) {
                continue;
            }
            PodTemplate template = object.podTemplates().get(0);
            StringMap labels = template.labels();
            if (selector.get().matches(labels)) {
                continue;
            }
            List<StringMap> added = kustomizeTemplateLabels(ctx.set(), object);
            boolean reported = false;
            for (Field want : selector.get().matchLabels().entries()) {
                Optional<String> have = labels.value(want.key());
                if (have.isPresent() && have.get().equals(want.textOrEmpty()) || addedBy(added, want.key())) {
                    continue;
                }
                String pair = "`" + want.key() + ": " + want.textOrEmpty() + "`";
                String message = have.isPresent()
                        ? "selector " + pair + " does not match pod label `" + want.key() + ": " + have.get() + "`"
                        : "selector " + pair + " matches no pod template label";
                Owned.report(sink, want.span(), message, object.span(), object.displayName(), related(template));
                reported = true;
            }
            // Every matchLabels entry holds, so a matchExpressions requirement fails.
            if (!reported && added.isEmpty()) {
                Owned.report(sink, selector.get().span(), "matchExpressions of the selector do not match the pod "
                        + "template labels", object.span(), object.displayName(), related(template));
            }
        }
    }

    private static List<RelatedLocation> related(PodTemplate template) {
        List<RelatedLocation> related = new ArrayList<>();
        if (template.labels().span().isPresent()) {
            related.add(RelatedLocation.of(template.labels().span().get(), "pod template labels"));
        }
        return related;
    }

    private static boolean hasSelectorOfItsTemplate(KnownKind kind) {
        return kind == KnownKind.DEPLOYMENT || kind == KnownKind.STATEFUL_SET || kind == KnownKind.DAEMON_SET
                || kind == KnownKind.REPLICA_SET || kind == KnownKind.REPLICATION_CONTROLLER;
    }

    private static List<StringMap> kustomizeTemplateLabels(ManifestSet set, KubeObject object) {
        List<StringMap> result = new ArrayList<>();
        Optional<ManifestFile> file = set.fileOf(object);
        if (file.isEmpty()) {
            return result;
        }
        for (Kustomization k : set.kustomizationsIncluding(file.get())) {
            result.addAll(k.templateLabels());
        }
        return result;
    }

    private static boolean addedBy(List<StringMap> added, String key) {
        for (StringMap m : added) {
            if (m.containsKey(key)) {
                return true;
            }
        }
        return false;
    }
}
