package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A container image, or a kustomize override's tag, without a digest. Off by default: pinning
 * every image by digest is a supply-chain policy that needs an update bot to keep it current.
 */
@RuleInfo(code = "KU034", name = "container-image-not-pinned-by-digest", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "A container image is referenced by tag only, not by digest.",
        fix = "Append the digest you tested (`image: ghcr.io/acme/api:1.4.2@sha256:…`) and let a bot update it.",
        aliases = {"CKV_K8S_43"})
public final class ContainerImageNotPinnedByDigest implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (ContainerImages.Judged judged : ContainerImages.judgedIn(ctx.file(), ctx.set())) {
            if (!judged.image().isPinnedByDigest()) {
                sink.report(judged.field().valueSpan(), "image " + judged.display() + " has no digest",
                        judged.container().span(), judged.ownerName());
            }
        }
        for (ContainerImages.OverrideTag override : ContainerImages.kustomizeTagsIn(ctx.file())) {
            if (!override.image().isPinnedByDigest()) {
                sink.report(override.at().valueSpan(), "kustomize sets image " + override.display() + " without digest");
            }
        }
    }
}
