package dev.bulwark.rules.setups;

import dev.bulwark.core.Practice;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a deployment file is for, read from its path: a real deployment, a developer's stack, or a
 * throwaway test setup. The practices a deployment must follow are not all meant for the other
 * two: a CI fixture's database is started empty and thrown away, a kind cluster side-loads images
 * built in the same run, a devcontainer's services share one laptop. Compose and Kubernetes
 * findings are kept by {@link #judges}; Dockerfiles are judged whatever their path.
 *
 * <p>Besides a {@code .github} folder, only the file name and the {@value #NEAR_FOLDERS} folders above it are read, split into words
 * at {@code / - _ .}: a checkout under {@code ~/test/} or a {@code ci/} folder holding the whole
 * repository does not make every file in it a test file.
 */
public enum Setup {
    /** A deployment: every practice applies. */
    DEPLOYMENT,
    /**
     * A developer's stack ({@code compose.dev.yaml}, {@code .devcontainer/}, {@code debug/}):
     * resource limits and health checks are deployment concerns; security and secrets still apply.
     */
    DEVELOPMENT,
    /**
     * A test, CI or local-cluster setup ({@code tests/}, {@code e2e/}, {@code testdata/},
     * {@code docker-compose-test.yml}, {@code .github/}, {@code kind/}, {@code minikube/},
     * {@code local/}): only secrets, syntax and correctness are judged; a committed credential is one
     * wherever it is.
     */
    TEST,
    /**
     * A copy of a released version kept in the repository ({@code install/v0.2.0/},
     * {@code releases/1.4.2/}): generated from the sources, which are judged themselves, and frozen;
     * judged like a test setup.
     */
    RELEASE;

    private static final int NEAR_FOLDERS = 3;
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "testdata", "e2e", "it",
            "integration", "ci", "kind", "minikube", "local", "conformance");
    private static final Set<String> DOCKERFILE_TEST_WORDS = Set.of("test", "tests", "testing", "testdata", "e2e",
            "conformance", "fixtures", "fixture");
    private static final List<String> CI_FOLDERS = List.of(".circleci", ".buildkite", ".azure-pipelines",
            ".azure_pipelines");
    private static final Set<String> DOCKERFILE_DEVELOPMENT_WORDS = Set.of("dev", "devel", "develop",
            "development", "debug", "devcontainer");
    private static final Set<String> DEVELOPMENT_WORDS = Set.of("dev", "devcontainer", "debug", "develop",
            "development", "hack");
    // Narrower than the path words: `local-path-storage` and `ci-runners` are real namespaces.
    private static final Set<String> TEST_NAMESPACE_WORDS = Set.of("test", "tests", "testing", "e2e");
    private static final Set<String> DEVELOPMENT_NAMESPACE_WORDS = Set.of("dev", "devel", "develop", "development",
            "sandbox", "playground");
    private static final Set<String> RELEASE_FOLDERS = Set.of("install", "installs", "release", "releases", "deploy",
            "dist", "manifests");

    /** The setup a file at {@code path} (relative or absolute, either separator) belongs to. */
    public static Setup of(String path) {
        // `__` separates folders in flattened copies of a tree (`install__0.2.0__kfserving.yaml`).
        String whole = path.replace('\\', '/').replace("__", "/").toLowerCase(Locale.ROOT);
        // A repository's CI folder, at any depth: nothing there is deployed.
        if (whole.startsWith(".github/") || whole.contains("/.github/") || whole.startsWith(".github_")
                || whole.contains("/.github_")) {
            return TEST;
        }
        if (isReleaseCopy(whole)) {
            return RELEASE;
        }
        String near = nearComponents(whole);
        return isTestPath(near, TEST_WORDS) ? TEST : ofWords(near, Set.of(), DEVELOPMENT_WORDS);
    }

    /**
     * The setup a Dockerfile at {@code path} belongs to: a test image ({@code tests/},
     * {@code Dockerfile.test}, {@code e2e/}), built and thrown away by the repository's own test
     * suite ({@code fixtures/} included) or by CircleCI's, Buildkite's or Azure Pipelines' jobs to
     * run the tests in (in their configuration folder), or a development image (named so, {@code Dockerfile.dev},
     * {@code dev.Dockerfile}, or in {@code .devcontainer/}); any other Dockerfile ships. Narrower
     * than {@link #of}: a Dockerfile under {@code ci/}, {@code .github/} or {@code local/} builds an image that CI or people pull and run, and a version folder
     * ({@code 3.12/slim/Dockerfile}) is a maintained variant, not a frozen copy.
     */
    public static Setup ofDockerfile(String path) {
        String whole = path.replace('\\', '/').replace("__", "/").toLowerCase(Locale.ROOT);
        String near = nearComponents(whole);
        // Every folder under where bulwark runs, not only the near ones: test data nests deep
        // (`tests/test_data/sources/ctf/pwn/warmup/Dockerfile`), and a Dockerfile under `tests/`
        // at any depth is built, if at all, by the tests. A path that climbs out (`../`) may name
        // folders that hold the checkout itself: there only the near ones count.
        String folders = whole.startsWith("../") || whole.startsWith("/") ? near : whole;
        if (isTestPath(folders, DOCKERFILE_TEST_WORDS) || inCiFolder(whole)) {
            return TEST;
        }
        // Only the file's own name or a devcontainer folder: `dev-support/` (Apache projects)
        // and `tools/dev/` hold images that ship.
        String name = near.substring(near.lastIndexOf('/') + 1);
        if (ofWords(name, Set.of(), DOCKERFILE_DEVELOPMENT_WORDS) == DEVELOPMENT
                || near.startsWith(".devcontainer/") || near.contains("/.devcontainer/")) {
            return DEVELOPMENT;
        }
        return DEPLOYMENT;
    }

    // CircleCI, Buildkite and Azure Pipelines take the image their jobs run in from a registry,
    // not from a Dockerfile: one kept in their configuration folder is built by a job to run the
    // tests in.
    private static boolean inCiFolder(String path) {
        for (String folder : CI_FOLDERS) {
            if (path.startsWith(folder + "/") || path.contains("/" + folder + "/")) {
                return true;
            }
        }
        return false;
    }

    // Any word of the file's name, and any word of a folder's name but `e2e`: end-to-end is also a
    // kind of model (`wenet-e2e`, `e2e-asr`), so only a folder named `e2e` alone is the test suite's.
    private static boolean isTestPath(String path, Set<String> testWords) {
        int slash = path.lastIndexOf('/');
        if (ofWords(path.substring(slash + 1), testWords, Set.of()) == TEST) {
            return true;
        }
        int start = 0;
        for (int i = 0; i <= slash; i++) {
            if (path.charAt(i) == '/') {
                String folder = path.substring(start, i);
                if (folder.equals("e2e") || ofWords(folder.replace("e2e", ""), testWords, Set.of()) == TEST) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static Setup ofWords(String near, Set<String> testWords, Set<String> developmentWords) {
        boolean development = false;
        int start = 0;
        for (int i = 0; i <= near.length(); i++) {
            if (i == near.length() || isSeparator(near.charAt(i))) {
                String word = near.substring(start, i);
                if (testWords.contains(word)) {
                    return TEST;
                }
                development |= developmentWords.contains(word);
                start = i + 1;
            }
        }
        return development ? DEVELOPMENT : DEPLOYMENT;
    }

    /**
     * The setup a Kubernetes namespace's name says its objects belong to: {@code minio-dev} and
     * {@code sandbox} hold a developer's stack, {@code e2e-tests} a test setup; any other name (and
     * the empty one) a deployment.
     */
    public static Setup ofNamespace(String namespace) {
        return ofWords(namespace.toLowerCase(Locale.ROOT), TEST_NAMESPACE_WORDS, DEVELOPMENT_NAMESPACE_WORDS);
    }

    /**
     * True when findings of the practice are meant for a Dockerfile of this setup. A development
     * image is a workbench (sources mounted, tools and root on purpose), not what ships: besides
     * health checks, its user, size and stages are its owner's business; security, secrets and
     * pinning still apply.
     */
    public boolean judgesImage(Practice practice) {
        if (this == DEVELOPMENT) {
            return judges(practice) && practice != Practice.NON_ROOT_USER && practice != Practice.MULTI_STAGE_BUILD
                    && practice != Practice.MINIMAL_BASE_IMAGE && practice != Practice.LAYER_OPTIMIZATION;
        }
        return judges(practice);
    }

    /** True when findings of the practice are meant for files of this setup. */
    public boolean judges(Practice practice) {
        switch (this) {
            case TEST:
            case RELEASE:
                return practice == Practice.SECRET_MANAGEMENT || practice == Practice.SYNTAX
                        || practice == Practice.CORRECTNESS;
            case DEVELOPMENT:
                return practice != Practice.RESOURCE_LIMITS && practice != Practice.HEALTH_MONITORING;
            default:
                return true;
        }
    }

    // A folder named as a version (`0.2.0`, `v1.4`) right under a release folder.
    private static boolean isReleaseCopy(String path) {
        String[] parts = path.split("/");
        for (int i = 1; i < parts.length - 1; i++) {
            if (RELEASE_FOLDERS.contains(parts[i - 1]) && isVersion(parts[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVersion(String name) {
        int start = name.startsWith("v") ? 1 : 0;
        boolean dot = false;
        boolean digitBefore = false;
        for (int i = start; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' && digitBefore) {
                dot = true;
                digitBefore = false;
            } else if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else {
                return false;
            }
        }
        return dot && digitBefore;
    }

    private static String nearComponents(String path) {
        int at = path.length();
        for (int found = 0; found <= NEAR_FOLDERS; found++) {
            int slash = path.lastIndexOf('/', at - 1);
            if (slash < 0) {
                return path;
            }
            at = slash;
        }
        return path.substring(at + 1);
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '_' || c == '.';
    }
}
