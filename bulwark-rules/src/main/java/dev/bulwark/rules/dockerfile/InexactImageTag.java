package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.images.TagPrecision;
import dev.bulwark.rules.images.CudaImages;
import dev.bulwark.rules.images.ChannelTags;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** FROM an image whose tag is a moving release line ({@code 3.12}, {@code lts}) rather than an exact version. */
@RuleInfo(code = "DF004", name = "inexact-image-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.INFO,
        summary = "A FROM image tag names a moving release line, not an exact version.",
        fix = "Pin the full version (`3.12.4-slim` instead of `3.12-slim`) or a digest.")
public final class InexactImageTag implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Set<String> placeholders = new HashSet<>();
        for (FromImages.FromImage from : FromImages.pulledReferences(ctx.model())) {
            // DF003 owns `latest`, DF016 development channels, DF023 CUDA images; a digest decides
            // what is pulled whatever the tag says. A nightly repository (`torchserve-nightly`)
            // floats by design, whatever its tag. (One-word names Docker Hub does not publish,
            // `sklearn-base:0.23-1`, are the repository's local builds and not among them.)
            if (from.image().isPinnedByDigest() || from.image().tag().orElse("").equals("latest")
                    || ChannelTags.channel(from.image()).isPresent() || CudaImages.isNvidiaCuda(from.image())
                    || ChannelTags.isNightlyRepository(from.image())) {
                continue;
            }
            Optional<String> advice = TagPrecision.movingTagAdvice(from.image());
            Optional<ArgDeclaration> placeholder = advice.isPresent()
                    ? latestVersionArg(ctx.model(), from) : Optional.empty();
            if (placeholder.isPresent()) {
                // Reported once, at the version ARG: the file means a version to be passed.
                if (placeholders.add(placeholder.get().name())) {
                    sink.report(placeholder.get().defaultRange(), "`" + placeholder.get().name()
                            + "` defaults to `latest`, so a build without `--build-arg " + placeholder.get().name()
                            + "` takes " + from.display() + ": default to a released version");
                }
            } else if (advice.isPresent()) {
                sink.report(from.range(), from.display() + " is not an exact version: " + advice.get());
            }
        }
    }

    /**
     * A global {@code ARG *_VERSION=latest} (or {@code *_TAG}) the FROM's image text is made from,
     * directly or through another global ARG's default ({@code ARG IMAGE=org/app:${APP_VERSION}-gpu}):
     * a placeholder for a version the build is meant to pass. The finding is reported there
     * ({@link FromImagePlaces} says so to the project graph's waivers).
     */
    static Optional<ArgDeclaration> latestVersionArg(DockerfileModel model, FromImages.FromImage from) {
        StringBuilder sources = new StringBuilder(from.written());
        for (Variable v : model.globalArgs().values()) {
            if (from.written().contains(v.name()) && v.declaredBy().orElse(null) instanceof ArgInstruction instruction) {
                for (ArgDeclaration declaration : instruction.declarations()) {
                    if (declaration.name().equals(v.name()) && declaration.defaultValue().isPresent()) {
                        sources.append(' ').append(declaration.defaultValue().get());
                    }
                }
            }
        }
        String text = sources.toString();
        for (Variable v : model.globalArgs().values()) {
            String upper = v.name().toUpperCase(Locale.ROOT);
            boolean versionName = upper.endsWith("VERSION") || upper.endsWith("TAG");
            if (!versionName || !text.contains(v.name())
                    || !(v.declaredBy().orElse(null) instanceof ArgInstruction instruction)) {
                continue;
            }
            for (ArgDeclaration declaration : instruction.declarations()) {
                if (declaration.name().equals(v.name()) && declaration.defaultValue().isPresent()
                        && isLatest(declaration.defaultValue().get())) {
                    return Optional.of(declaration);
                }
            }
        }
        return Optional.empty();
    }

    // `latest`, `"latest"`, `'latest'`: the default is raw text, quotes kept.
    private static boolean isLatest(String raw) {
        String v = raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0) ? raw.substring(1, raw.length() - 1) : raw;
        return v.equals("latest");
    }
}
