package dev.bulwark.engine.classify;

import dev.bulwark.core.SourceText;
import dev.bulwark.kubernetes.HelmTemplates;
import dev.bulwark.kubernetes.ManifestClassifier;
import dev.bulwark.workflow.WorkflowKind;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlParser;
import dev.bulwark.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a file is, by its content first and its name second (issue 7: YAML is never parsed
 * as a Dockerfile). The first line with content tells the two languages apart: a Dockerfile starts
 * with an instruction keyword and a blank ({@code FROM python:3.12}), a YAML file with a key and a
 * colon, a sequence item, a document marker or a directive. YAML is then parsed once and looked
 * at: a Kubernetes document has {@code apiVersion} and {@code kind} ({@link ManifestClassifier});
 * a Compose file has only Compose's top-level keys, among them {@code services} or {@code include},
 * or a Compose name. Templates ({@code {{ }}}, Helm charts) are not YAML until rendered and are
 * skipped before parsing ({@link HelmTemplates}).
 */
public final class Classifier {
    private static final Set<String> INSTRUCTIONS = Set.of("from", "run", "cmd", "label", "maintainer", "expose",
            "env", "add", "copy", "entrypoint", "volume", "user", "workdir", "arg", "onbuild", "stopsignal",
            "healthcheck", "shell");
    // Compose Specification top-level elements (NOTES 3), plus `x-` extensions checked apart.
    private static final Set<String> COMPOSE_TOP_LEVEL = Set.of("version", "name", "services", "networks", "volumes",
            "secrets", "configs", "include", "models");

    private final YamlParser parser;

    public Classifier(YamlParser parser) {
        this.parser = parser;
    }

    /** Classifies a file the user named: one with a Dockerfile's name is audited whatever its text. */
    public Classification classify(SourceText source, Optional<Path> file) {
        return classify(source, file, false);
    }

    /**
     * @param file  the file on disk, when there is one: a file under a Helm chart's
     *              {@code templates/} folder is a template whatever its text
     * @param found true when a directory search found the file by its name: then a file whose first
     *              line with content is neither an instruction nor YAML is not a Dockerfile (a page,
     *              a script, a template with a Dockerfile-like name) and is skipped, instead of
     *              getting one syntax error per line; a file the user named is audited
     */
    public Classification classify(SourceText source, Optional<Path> file, boolean found) {
        String name = fileName(source.path());
        String text = source.text();
        FirstLine first = FirstLine.of(text);
        if (BuildkitFrontends.namesOtherFrontend(text)) {
            return new Classification.Skipped(source, SkipReason.OTHER_FRONTEND);
        }
        boolean yamlName = isYamlName(name);
        boolean composeName = ComposeNames.isComposeFile(name);
        if (found && first == FirstLine.OTHER && !yamlName && !composeName) {
            return new Classification.Skipped(source, SkipReason.NOT_A_DOCKERFILE);
        }
        if (first == FirstLine.INSTRUCTION || (!yamlName && !composeName && first != FirstLine.YAML)) {
            return new Classification.Dockerfile(source);
        }
        // CircleCI's configuration is a CI file bulwark does not read; its cache keys'
        // `{{ checksum "…" }}` would otherwise pass it off as a Helm template.
        if (yamlName && isCircleCiPath(source.path())) {
            return new Classification.Skipped(source, SkipReason.CI_WORKFLOW);
        }
        if (HelmTemplates.skipReason(file, text).isPresent()) {
            return new Classification.Skipped(source, SkipReason.HELM_TEMPLATE);
        }
        if (!composeName && !ManifestClassifier.isKustomizationFileName(name)) {
            // Cheap looks before parsing: most YAML in an ML repository is configuration or CI.
            if (isWorkflowPath(name, source.path())) {
                return workflow(source, parser.parse(source));
            }
            boolean maybeManifest = text.contains("apiVersion") && text.contains("kind");
            boolean maybeCompose = text.contains("services") || text.contains("include");
            // A GitHub workflow outside .github/workflows (a template, a copy), a composite action.
            boolean maybeWorkflow = (hasTopLevelLine(text, "on:") && hasTopLevelLine(text, "jobs:"))
                    || ((name.equals("action.yml") || name.equals("action.yaml")) && hasTopLevelLine(text, "runs:"));
            if (!maybeManifest && !maybeCompose && !maybeWorkflow) {
                return new Classification.Skipped(source, SkipReason.OTHER_YAML);
            }
        }
        YamlFile yaml = parser.parse(source);
        if (composeName) {
            return new Classification.Yaml(FileKind.COMPOSE, source, yaml);
        }
        if (ManifestClassifier.classify(name, yaml) != ManifestClassifier.Kind.NONE) {
            return new Classification.Yaml(FileKind.KUBERNETES, source, yaml);
        }
        if (isCompose(yaml)) {
            return new Classification.Yaml(FileKind.COMPOSE, source, yaml);
        }
        if (isWorkflow(yaml, name, source.path())) {
            return workflow(source, yaml);
        }
        if (yaml.hasProblems() && yaml.documents().isEmpty()) {
            // Broken YAML: the tree cannot tell, the text may. Its syntax error is then reported.
            if (hasTopLevelLine(text, "apiVersion:") && hasTopLevelLine(text, "kind:")) {
                return new Classification.Yaml(FileKind.KUBERNETES, source, yaml);
            }
            if (hasTopLevelLine(text, "services:")) {
                return new Classification.Yaml(FileKind.COMPOSE, source, yaml);
            }
        }
        return new Classification.Skipped(source, SkipReason.OTHER_YAML);
    }

    /**
     * A workflow by path or shape, audited when its content confirms it (a GitHub workflow's
     * {@code on} and {@code jobs}, a GitLab job with a script); broken YAML at a workflow path is
     * audited too, so its syntax error is reported. Composite actions are not audited yet.
     */
    private static Classification workflow(SourceText source, YamlFile yaml) {
        if (WorkflowKind.of(source.path(), yaml).isPresent()
                || (yaml.hasProblems() && isWorkflowPath(fileName(source.path()), source.path()))) {
            return new Classification.Yaml(FileKind.WORKFLOW, source, yaml);
        }
        return new Classification.Skipped(source, SkipReason.CI_WORKFLOW);
    }

    /** True for names that are worth reading as YAML when a directory is searched. */
    public static boolean isYamlName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** The first document has only Compose top-level keys, among them {@code services} or {@code include}. */
    static boolean isCompose(YamlFile yaml) {
        if (yaml.documents().isEmpty() || !(yaml.documents().get(0).root() instanceof YamlMapping root)) {
            return false;
        }
        boolean anchor = false;
        for (YamlEntry e : root.entries()) {
            if (!(e.key() instanceof YamlScalar key)) {
                return false;
            }
            String k = key.value();
            if (!k.startsWith("x-") && !COMPOSE_TOP_LEVEL.contains(k)) {
                return false;
            }
            anchor |= k.equals("services") || k.equals("include");
        }
        return anchor;
    }

    private static boolean isCircleCiPath(String path) {
        return path.startsWith(".circleci/") || path.contains("/.circleci/");
    }

    private static boolean isWorkflowPath(String name, String path) {
        return name.equals(".gitlab-ci.yml") || name.equals(".gitlab-ci.yaml") || path.contains(".github/workflows/")
                || path.contains(".gitlab/ci/");
    }

    private static boolean isWorkflow(YamlFile yaml, String name, String path) {
        if (isWorkflowPath(name, path)) {
            return true;
        }
        if (yaml.documents().isEmpty() || !(yaml.documents().get(0).root() instanceof YamlMapping root)) {
            return false;
        }
        boolean githubActions = root.entry("jobs").isPresent() && root.entry("on").isPresent();
        boolean composite = root.entry("runs").isPresent() && (name.equals("action.yml") || name.equals("action.yaml"));
        return githubActions || composite;
    }

    private static boolean isScalar(YamlMapping map, String key) {
        return map.get(key).isPresent() && map.get(key).get() instanceof YamlScalar s && !s.isNull();
    }

    private static boolean hasTopLevelLine(String text, String prefix) {
        return text.startsWith(prefix) || text.contains("\n" + prefix);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The shape of the first line with content (blank and {@code #} lines skipped). */
    enum FirstLine {
        INSTRUCTION, YAML, OTHER, NONE;

        static FirstLine of(String text) {
            int start = 0;
            if (text.startsWith("\uFEFF")) {
                start = 1;
            }
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                int i = start;
                while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
                    i++;
                }
                if (i < end && text.charAt(i) != '#') {
                    return shape(text, i, end);
                }
                start = end + 1;
            }
            return NONE;
        }

        private static FirstLine shape(String text, int from, int end) {
            char c = text.charAt(from);
            if (c == '-' || c == '%' || c == '{' || c == '[' || c == '"' || c == '\'' || c == '&' || c == '!'
                    || c == '?') {
                return YAML;
            }
            int i = from;
            while (i < end && !isBlank(text.charAt(i)) && text.charAt(i) != ':') {
                i++;
            }
            String word = text.substring(from, i);
            if (i < end && text.charAt(i) == ':') {
                return i + 1 == end || isBlank(text.charAt(i + 1)) ? YAML : OTHER;
            }
            if (INSTRUCTIONS.contains(word.toLowerCase(Locale.ROOT))) {
                return INSTRUCTION;
            }
            // `key : value` with blanks before the colon is YAML too.
            int j = i;
            while (j < end && isBlank(text.charAt(j))) {
                j++;
            }
            if (j < end && text.charAt(j) == ':' && (j + 1 == end || isBlank(text.charAt(j + 1)))) {
                return YAML;
            }
            return OTHER;
        }

        private static boolean isBlank(char c) {
            return c == ' ' || c == '\t' || c == '\r';
        }
    }
}
