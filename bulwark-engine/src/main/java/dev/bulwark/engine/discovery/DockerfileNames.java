package dev.bulwark.engine.discovery;

import java.util.Locale;
import java.util.Set;

/**
 * Docker's naming conventions for Dockerfiles, as users write them: {@code Dockerfile},
 * {@code Dockerfile.gpu}, {@code Dockerfile-cpu}, {@code Dockerfile_cu12}, {@code api.Dockerfile},
 * {@code api.dockerfile}, {@code cuda_Dockerfile},
 * {@code Containerfile}, {@code Containerfile.dev}. The stem is matched case-insensitively (the
 * Docker CLI also accepts {@code dockerfile}). {@code Dockerfile.dockerignore} is the per-Dockerfile
 * ignore file BuildKit reads, not a Dockerfile. A name whose last extension is a document, image,
 * script or data format ({@code dockerfile.md}, {@code dockerfile-stages.png},
 * {@code Dockerfile.build.sh}) is a page or a helper about Dockerfiles, not one (issue 9: a
 * Markdown page got one syntax error per line); a file the user names is audited whatever its name.
 */
public final class DockerfileNames {
    // Extensions that are never a Dockerfile's variant suffix (those are `.dev`, `.gpu`, `.cu124`...).
    private static final Set<String> OTHER_FORMATS = Set.of("md", "markdown", "rst", "txt", "adoc", "html", "htm",
            "pdf", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "py", "sh", "bash", "ps1", "bat", "cmd", "js",
            "ts", "rb", "go", "java", "json", "yaml", "yml", "toml", "ini", "cfg", "xml", "csv", "lock", "patch",
            "diff", "zip", "gz", "tgz", "tar", "bz2", "xz", "whl", "ipynb", "dockerignore");

    // `Dockerfile_old` is a copy kept aside; `Dockerfile_aarch64` and `Dockerfile_preprocessing` are variants.
    private static final Set<String> BACKUP_WORDS = Set.of("old", "bak", "backup", "orig", "prev", "previous", "copy",
            "save", "saved", "tmp", "deprecated", "unused", "obsolete");

    private DockerfileNames() {
    }

    public static boolean isDockerfile(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot >= 0 && OTHER_FORMATS.contains(n.substring(dot + 1))) {
            return false;
        }
        return n.equals("dockerfile") || n.equals("containerfile")
                || hasSuffixAfter(n, "dockerfile.") || hasSuffixAfter(n, "dockerfile-")
                || (hasSuffixAfter(n, "dockerfile_") && !BACKUP_WORDS.contains(n.substring("dockerfile_".length())))
                || hasSuffixAfter(n, "containerfile.")
                || hasSuffixAfter(n, "containerfile-") || hasSuffixAfter(n, "containerfile_")
                || hasPrefixBefore(n, ".dockerfile") || hasPrefixBefore(n, "_dockerfile")
                || hasPrefixBefore(n, "-dockerfile");
    }

    private static boolean hasPrefixBefore(String name, String suffix) {
        return name.endsWith(suffix) && name.length() > suffix.length();
    }

    private static boolean hasSuffixAfter(String name, String prefix) {
        return name.startsWith(prefix) && name.length() > prefix.length();
    }
}
