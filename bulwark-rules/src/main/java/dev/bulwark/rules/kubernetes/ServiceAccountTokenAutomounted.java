package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Fix;
import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextEdit;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.KnownKind;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.kubernetes.ServiceAccount;
import dev.bulwark.kubernetes.TemplateKind;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.yaml.YamlMapping;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A pod that runs as the namespace's {@code default} service account and still gets its API token
 * mounted: neither the pod nor the {@code default} ServiceAccount (when the set declares it) sets
 * {@code automountServiceAccountToken: false}. A pod that names its own service account was given
 * one to call the API, so it needs the token and is not flagged; nor are the pods whose platform
 * needs the token or picks the account ({@link #needsToken}). An explicit {@code automountServiceAccountToken: true} on a pod of the default
 * account is reported where it is written.
 */
@RuleInfo(code = "KU024", name = "service-account-token-automounted", practice = Practice.SECURITY,
        severity = Severity.INFO,
        summary = "A pod of the `default` service account gets an API token it does not need.",
        fix = "Set `automountServiceAccountToken: false` in the pod spec (or on the namespace's `default` ServiceAccount).",
        autofix = FixApplicability.UNSAFE)
public final class ServiceAccountTokenAutomounted implements KubernetesRule {
    private static final String KEY = "automountServiceAccountToken";
    private static final String DESCRIPTION = "set `" + KEY + ": false`";

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        Set<Span> reported = new HashSet<>();
        for (PodTemplate t : Pods.templates(ctx.file())) {
            if (!t.hasPodSpec() || needsToken(t) || !usesDefaultAccount(t)) {
                continue;
            }
            Optional<Field> own = t.automountServiceAccountToken();
            if (own.isPresent()) {
                if (own.get().isTrue() && reported.add(own.get().span())) {
                    String message = t.displayName() + " mounts the `default` service account's token";
                    Span written = own.get().valueSpan();
                    if (written.text().equals("true") && written.path().equals(own.get().span().path())) {
                        sink.report(own.get().span(), message, t.span(), t.displayName(),
                                Fix.unsafe(DESCRIPTION, TextEdit.replace(written.range(), "false")));
                    } else {
                        Pods.report(sink, own.get().span(), message, t);
                    }
                }
                continue;
            }
            if (t.isPartial()) {
                continue;
            }
            Optional<ServiceAccount> account = ctx.set().serviceAccountFor(t);
            if (account.isPresent() && account.get().automountServiceAccountToken().isPresent()) {
                continue; // the account decides (false), or says true on purpose
            }
            Span at = t.kind() == TemplateKind.POD || t.kind() == TemplateKind.WORKLOAD ? t.object().locator()
                    : t.roleSpan();
            if (reported.add(at)) {
                // The object's name lies outside its pod template: the object is the owner here.
                sink.report(at, t.displayName() + " mounts the `default` service account's token", t.object().span(),
                        t.displayName(), fix(t, at));
            }
        }
    }

    /**
     * The line {@code automountServiceAccountToken: false} in the pod spec, when it is in the file
     * the finding is. Unsafe: a process that calls the Kubernetes API with the token then fails.
     */
    private static Fix fix(PodTemplate t, Span at) {
        Optional<YamlMapping> spec = t.podSpec();
        if (spec.isEmpty() || !t.object().source().path().equals(at.path())) {
            return Fix.NONE;
        }
        Optional<TextEdit> edit = MappingLines.insert(at.source().text(), spec.get(), KEY + ": false");
        return edit.isPresent() ? Fix.unsafe(DESCRIPTION, edit.get()) : Fix.NONE;
    }

    private static boolean usesDefaultAccount(PodTemplate t) {
        Optional<Field> name = t.serviceAccountName();
        return name.isEmpty() || name.get().textOrEmpty().equals("default");
    }

    /**
     * Pods whose platform needs the token or sets the account itself: Argo steps (the executor
     * reports through the API), a Ray head (its autoscaler scales the cluster through the API), an
     * MPIJob launcher (the operator gives it an account of its own to reach the workers; a v1alpha1
     * MPIJob has one template for both), and a
     * ServingRuntime, whose pod spec has no such field: the InferenceService's pod decides.
     */
    private static boolean needsToken(PodTemplate t) {
        TemplateKind kind = t.kind();
        if (kind == TemplateKind.WORKFLOW_STEP || kind == TemplateKind.RAY_HEAD || kind == TemplateKind.SERVING_RUNTIME) {
            return true;
        }
        return t.object().is(KnownKind.MPI_JOB) && !t.role().endsWith("`Worker`");
    }
}
