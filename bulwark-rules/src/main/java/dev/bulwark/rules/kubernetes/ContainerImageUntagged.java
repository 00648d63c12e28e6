package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A container image with neither tag nor digest: the kubelet pulls {@code latest}. Images whose
 * version a kustomization sets, that the platform supplies, or that are placeholders are not
 * judged (see {@link ContainerImages}).
 */
@RuleInfo(code = "KU030", name = "container-image-untagged", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A container image has no tag or digest, so `latest` is pulled.",
        fix = "Add the exact version you tested (`image: ghcr.io/acme/api:1.4.2`) or a digest.",
        aliases = {"CKV_K8S_14", "KSV013"})
public final class ContainerImageUntagged implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (ContainerImages.Judged judged : ContainerImages.judgedIn(ctx.file(), ctx.set())) {
            if (judged.image().tag().isEmpty() && !judged.image().isPinnedByDigest()) {
                sink.report(judged.field().valueSpan(), "image " + judged.display() + " has no tag",
                        judged.container().span(), judged.ownerName());
            }
        }
    }
}
