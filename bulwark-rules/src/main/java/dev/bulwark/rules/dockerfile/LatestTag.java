package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.images.TagPrecision;
import java.util.Locale;

/**
 * FROM an image tagged {@code latest} without a digest. Not reported where the float is the
 * point and the file says so: an image that is wholly a build argument ({@code FROM $APP_IMAGE},
 * the image under test, passed by whoever builds), and a FROM whose comment block calls the image
 * a nightly (a benchmark image that extends the project's own nightly build).
 */
@RuleInfo(code = "DF003", name = "latest-tag", practice = Practice.BASE_IMAGE_PINNING,
        severity = Severity.WARNING,
        summary = "A FROM image uses the `latest` tag.",
        fix = "Replace `latest` with the exact version you tested, or pin a digest.",
        aliases = {"DL3007"})
public final class LatestTag implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        String text = ctx.model().file().source().text();
        // A one-word name Docker Hub does not publish is a local build, whose `latest` is the
        // repository's own build order.
        for (FromImages.FromImage from : FromImages.pulledReferences(ctx.model())) {
            boolean latest = from.image().tag().orElse("").equals("latest");
            // A repository that names its release in its path has only that release under `latest`.
            if (latest && !from.image().isPinnedByDigest() && !TagPrecision.releaseInPath(from.image())
                    && !isParameter(from.written()) && !statedNightly(text, from.stage().from().range().start())) {
                sink.report(from.range(), from.display() + " uses the latest tag");
            }
        }
    }

    // `$IMAGE` or `${IMAGE}`: the whole reference is a build argument, its default a placeholder.
    private static boolean isParameter(String written) {
        int start = written.startsWith("${") && written.endsWith("}") ? 2 : written.startsWith("$") ? 1 : -1;
        int end = start == 2 ? written.length() - 1 : written.length();
        if (start < 0 || end <= start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = written.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    // The comment block above the FROM (blank lines between allowed) mentions a nightly.
    private static boolean statedNightly(String text, int fromStart) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, fromStart - 1)) + 1;
        while (lineStart > 0) {
            int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
            String line = text.substring(previous, lineStart - 1).strip();
            if (line.startsWith("#")) {
                if (line.toLowerCase(Locale.ROOT).contains("nightly")) {
                    return true;
                }
            } else if (!line.isEmpty()) {
                return false;
            }
            lineStart = previous;
        }
        return false;
    }
}
