package dev.bulwark.rules.kubernetes;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.Severity;
import dev.bulwark.kubernetes.Container;
import dev.bulwark.kubernetes.Field;
import dev.bulwark.kubernetes.ImageOverride;
import dev.bulwark.kubernetes.PodTemplate;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code imagePullPolicy: IfNotPresent} on an image that is {@code latest} (written, or implied by
 * a missing tag), or that every kustomization setting its version retags {@code latest}.
 * Kubernetes defaults such images to {@code Always} because the tag moves; {@code IfNotPresent}
 * makes each node run whichever {@code latest} it pulled first. {@code Never} is left alone: it
 * is how images loaded into kind or minikube are run, on purpose; so are files of test and
 * local-cluster folders, where kind asks for {@code IfNotPresent} on side-loaded images.
 */
@RuleInfo(code = "KU033", name = "pull-policy-contradicts-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "`imagePullPolicy: IfNotPresent` on a `latest` or untagged image, so nodes keep stale copies.",
        fix = "Pin an exact tag or digest (then `IfNotPresent` is right), or drop `imagePullPolicy` to get `Always`.")
public final class PullPolicyContradictsTag implements KubernetesRule {

    @Override
    public void check(KubernetesContext ctx, SpanSink sink) {
        if (ContainerImages.isLocalClusterSetup(ctx.file())) {
            return;
        }
        for (PodTemplate template : ctx.file().podTemplates()) {
            for (Container container : template.allContainers()) {
                Optional<Field> policy = container.imagePullPolicy();
                if (policy.isEmpty() || !policy.get().textOrEmpty().equals("IfNotPresent")) {
                    continue;
                }
                String image = "`" + container.imageText().strip() + "`";
                String owner = Owned.name(container);
                Optional<ContainerImages.Judged> judged = ContainerImages.judged(container, ctx.set());
                if (judged.isPresent()) {
                    if (judged.get().image().isPinnedByDigest()) {
                        continue;
                    }
                    Optional<String> tag = judged.get().image().tag();
                    if (tag.isEmpty()) {
                        sink.report(policy.get().valueSpan(), "`IfNotPresent` with untagged image " + image,
                                container.span(), owner);
                    } else if (tag.get().equals("latest")) {
                        sink.report(policy.get().valueSpan(), "`IfNotPresent` with `latest` image " + image,
                                container.span(), owner);
                    }
                    continue;
                }
                List<Field> retags = latestRetags(container, ctx);
                if (!retags.isEmpty()) {
                    List<RelatedLocation> related = new ArrayList<>();
                    for (Field f : retags) {
                        related.add(RelatedLocation.of(f.valueSpan(), "kustomize retags it `latest`"));
                    }
                    sink.report(policy.get().valueSpan(), "`IfNotPresent` with image " + image
                            + " retagged `latest` by kustomize", related);
                }
            }
        }
    }

    /**
     * The {@code newTag: latest} fields of the kustomizations that set the container's version,
     * when every one of them sets {@code latest} without a digest; empty otherwise.
     */
    private static List<Field> latestRetags(Container container, KubernetesContext ctx) {
        List<Field> result = new ArrayList<>();
        for (ImageOverride o : ctx.set().imageOverridesFor(container)) {
            if (!o.setsVersion()) {
                continue;
            }
            if (o.digest().isPresent() || o.newTag().isEmpty() || !o.newTag().get().textOrEmpty().equals("latest")) {
                return List.of();
            }
            result.add(o.newTag().get());
        }
        return result;
    }
}
