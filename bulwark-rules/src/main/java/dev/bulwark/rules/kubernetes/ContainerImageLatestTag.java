package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;

/**
 * A container image tagged {@code latest} without a digest, or a kustomization whose
 * {@code images:} entry sets {@code newTag: latest} (what runs in every container it matches).
 */
@RuleInfo(code = "KU031", name = "container-image-latest-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A container image, or a kustomize image override, uses the `latest` tag.",
        fix = "Replace `latest` with the exact version you tested, or pin a digest.",
        aliases = {"CKV_K8S_14", "KSV013"})
public final class ContainerImageLatestTag implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        for (ContainerImages.Judged judged : ContainerImages.judgedIn(ctx.file(), ctx.set())) {
            if (isLatest(judged.image().tag().orElse("")) && !judged.image().isPinnedByDigest()) {
                sink.report(judged.field().valueSpan(), "image " + judged.display() + " uses the latest tag",
                        judged.container().span(), judged.ownerName());
            }
        }
        for (ContainerImages.OverrideTag override : ContainerImages.kustomizeTagsIn(ctx.file())) {
            if (isLatest(override.image().tag().orElse("")) && !override.image().isPinnedByDigest()) {
                sink.report(override.at().valueSpan(), "kustomize sets image " + override.display());
            }
        }
    }

    private static boolean isLatest(String tag) {
        return tag.equals("latest");
    }
}
