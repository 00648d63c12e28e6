package dev.bulwark.rules.workflow;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Value;
import dev.bulwark.workflow.Workflow;
import java.util.Locale;
import java.util.Optional;

/**
 * An image built and pushed by BuildKit (build-push-action, bake, {@code docker buildx build
 * --push}) without an SBOM attestation, or with provenance turned off. BuildKit attaches minimal
 * provenance to pushed images by default, but an SBOM only when asked ({@code sbom: true},
 * {@code --sbom=true}). Builders without attestations (Kaniko, Buildah) are not judged.
 */
@RuleInfo(code = "CI012", name = "pushed-image-without-attestations", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.INFO,
        summary = "An image is pushed without an SBOM attestation, or with provenance off.",
        fix = "Attach them at build time: `sbom: true` and `provenance: mode=max` on build-push-action (`--sbom=true --provenance=mode=max`).")
public final class PushedImageWithoutAttestations implements WorkflowRule {

    @Override
    public void check(WorkflowContext ctx, SpanSink sink) {
        Workflow w = ctx.workflow();
        for (Activity.Push push : Activities.pushes(w)) {
            if (push.build().isEmpty()) {
                continue;
            }
            Activity.Build build = push.build().get();
            if (!build.tool().startsWith("docker")) {
                continue;
            }
            boolean provenanceOff = off(build.provenance());
            boolean sbom = build.sbom().isPresent() && !off(build.sbom());
            if (provenanceOff) {
                sink.report(w.span(build.provenance().get().range()), "image pushed with provenance turned off"
                        + (sbom ? "" : " and no SBOM"));
            } else if (!sbom) {
                sink.report(w.span(push.at()), "image pushed without an SBOM attestation");
            }
        }
    }

    private static boolean off(Optional<Value> value) {
        if (value.isEmpty()) {
            return false;
        }
        String v = value.get().text().toLowerCase(Locale.ROOT);
        return v.endsWith("false") || v.endsWith("=0") || v.contains("disabled");
    }
}
