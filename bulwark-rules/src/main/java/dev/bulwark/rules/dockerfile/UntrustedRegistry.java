package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.FromReference;
import dev.bulwark.dockerfile.model.FromTarget;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An image (FROM, COPY --from, RUN --mount from=) from a registry outside the trusted list. */
@RuleInfo(code = "DF005", name = "untrusted-registry", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "An image is pulled from a registry that is not trusted.",
        fix = "Use an image from a trusted registry, or add the registry to `trusted-registries`.",
        aliases = {"DL3026"})
public final class UntrustedRegistry implements DockerfileRule {
    static final String TRUSTED_REGISTRIES = "trusted-registries";
    // The large public registries, whose namespaces belong to verified accounts. `pkg.dev` is
    // Google's Artifact Registry (`us-central1-docker.pkg.dev`), where gcr.io is moving.
    private static final List<String> DEFAULT_TRUSTED = List.of("docker.io", "ghcr.io", "gcr.io", "pkg.dev",
            "nvcr.io", "quay.io", "public.ecr.aws", "mcr.microsoft.com", "registry.k8s.io", "registry.gitlab.com",
            "registry.access.redhat.com", "registry.redhat.io");
    // Other names of Docker Hub that people write in allow lists.
    private static final List<String> DOCKER_HUB_ALIASES = List.of("index.docker.io", "registry-1.docker.io",
            "hub.docker.com", "registry.hub.docker.com");

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.stringList(TRUSTED_REGISTRIES, DEFAULT_TRUSTED,
                "Registries images may come from: a host (also trusts its subdomains) or host/path prefix."));
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        List<String> trusted = new ArrayList<>();
        for (String entry : ctx.options().stringList(TRUSTED_REGISTRIES)) {
            trusted.add(normalize(entry));
        }
        for (FromImages.FromImage from : FromImages.references(ctx.model())) {
            checkImage(from.image(), from.display(), from.range(), trusted, sink);
        }
        for (Stage stage : ctx.model().stages()) {
            for (FromReference ref : stage.fromReferences()) {
                if (ref.target() instanceof FromTarget.ImageTarget target && target.image() instanceof ImageName name) {
                    checkImage(name, "`" + ref.text() + "`", ref.range(), trusted, sink);
                }
            }
        }
    }

    private static void checkImage(ImageName image, String display, TextRange range, List<String> trusted,
                                   FindingSink sink) {
        String registry = image.registry().toLowerCase(Locale.ROOT);
        String repository = registry + "/" + image.path();
        for (String entry : trusted) {
            boolean hostEntry = entry.indexOf('/') < 0;
            if (hostEntry ? registry.equals(entry) || registry.endsWith("." + entry)
                    : repository.equals(entry) || repository.startsWith(entry + "/")) {
                return;
            }
        }
        sink.report(range, display + " comes from untrusted registry `" + image.registry() + "`");
    }

    private static String normalize(String entry) {
        String e = entry.strip().toLowerCase(Locale.ROOT);
        if (e.startsWith("http://")) {
            e = e.substring("http://".length());
        } else if (e.startsWith("https://")) {
            e = e.substring("https://".length());
        }
        while (e.endsWith("/")) {
            e = e.substring(0, e.length() - 1);
        }
        for (String alias : DOCKER_HUB_ALIASES) {
            if (e.equals(alias) || e.startsWith(alias + "/")) {
                return ImageName.DOCKER_HUB + e.substring(alias.length());
            }
        }
        return e;
    }
}
