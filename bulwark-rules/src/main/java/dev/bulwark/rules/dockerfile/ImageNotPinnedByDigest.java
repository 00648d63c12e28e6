package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.FromReference;
import dev.bulwark.dockerfile.model.FromTarget;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An image (FROM, COPY --from, RUN --mount from=) without an {@code @sha256:} digest. Off by
 * default: digest pinning needs a bot to keep the digests current.
 */
@RuleInfo(code = "DF017", name = "image-not-pinned-by-digest", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO, enabledByDefault = false,
        summary = "An image is referenced by tag only, without an `@sha256:` digest.",
        fix = "Append the digest of the tested image: `python:3.12.4-slim@sha256:…`, and let a bot update it.")
public final class ImageNotPinnedByDigest implements DockerfileRule {
    static final String ONLY_FINAL_STAGE = "only-final-stage";

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.bool(ONLY_FINAL_STAGE, false,
                "Check only the images the final stage's image is built on (its FROM chain)."));
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        boolean onlyFinal = ctx.options().bool(ONLY_FINAL_STAGE);
        Optional<Stage> finalStage = ctx.model().finalStage();
        Set<Stage> shipped = finalStage.isPresent() ? Set.copyOf(StageChain.of(finalStage.get()).stages()) : Set.of();
        // Per stage when only the shipped ones count; else each reference once (an ARG default once).
        for (FromImages.FromImage from : onlyFinal ? FromImages.of(ctx.model()) : FromImages.references(ctx.model())) {
            if (!from.image().isPinnedByDigest() && (!onlyFinal || shipped.contains(from.stage()))) {
                sink.report(from.range(), from.display() + " is not pinned by digest");
            }
        }
        if (onlyFinal) {
            return;
        }
        for (Stage stage : ctx.model().stages()) {
            for (FromReference ref : stage.fromReferences()) {
                // A bare name without a tag may be a named build context rather than an image.
                if (ref.target() instanceof FromTarget.ImageTarget target && target.image() instanceof ImageName name
                        && name.tag().isPresent() && !name.isPinnedByDigest()) {
                    sink.report(ref.range(), "`" + ref.text() + "` is not pinned by digest");
                }
            }
        }
    }
}
