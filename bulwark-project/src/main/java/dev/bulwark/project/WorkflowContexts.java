package dev.bulwark.project;

import dev.bulwark.core.Span;
import dev.bulwark.workflow.Activity;
import dev.bulwark.workflow.Workflow;
import dev.bulwark.workflow.WorkflowKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The builds CI workflows declare: {@code docker/build-push-action} ({@code context}, {@code file},
 * {@code tags}), {@code docker build}/{@code buildx build} and Kaniko in scripts. Paths are
 * resolved against the repository root the workflow runs in (the folder holding
 * {@code .github/workflows/}, or {@code .gitlab-ci.yml}'s folder), with {@code $CI_PROJECT_DIR}
 * and {@code ${{ github.workspace }}} standing for it. A build whose context or Dockerfile holds
 * another variable, a script that changes folder first, and a bake action declare nothing: the
 * folder they build from is not known. Tags have their {@code env} and step-output expressions
 * filled in ({@link WorkflowImageNames}). A build whose image only its own job runs, unpublished,
 * is marked throwaway ({@link ThrowawayBuilds}).
 */
public final class WorkflowContexts implements ContextProvider {
    private static final List<String> ROOT_VARIABLES = List.of("${CI_PROJECT_DIR}", "$CI_PROJECT_DIR",
            "${{ github.workspace }}", "${{github.workspace}}", "$GITHUB_WORKSPACE", "${GITHUB_WORKSPACE}");

    /** A workflow read from disk. */
    public record WorkflowFile(Path file, Workflow workflow) {
    }

    private final List<WorkflowFile> workflows;

    public WorkflowContexts(List<WorkflowFile> workflows) {
        this.workflows = List.copyOf(workflows);
    }

    @Override
    public List<ContextDeclaration> declarations() {
        List<ContextDeclaration> out = new ArrayList<>();
        for (WorkflowFile w : workflows) {
            Optional<Path> root = root(w.file().toAbsolutePath().normalize(), w.workflow().kind());
            if (root.isEmpty()) {
                continue;
            }
            for (Activity a : w.workflow().activities()) {
                if (!(a instanceof Activity.Build b) || b.tool().equals("docker/bake-action")
                        || changesFolder(w.workflow(), b)) {
                    continue;
                }
                Optional<String> context = path(b.context().isEmpty() ? "." : b.context());
                Optional<String> file = b.dockerfile().isEmpty() ? Optional.of("") : path(b.dockerfile());
                if (context.isEmpty() || file.isEmpty() || remote(context.get())) {
                    continue;
                }
                Path contextDir = root.get().resolve(context.get()).normalize();
                Path dockerfile = file.get().isEmpty() ? contextDir.resolve("Dockerfile")
                        : root.get().resolve(file.get()).normalize();
                out.add(new ContextDeclaration(ContextSource.WORKFLOW, dockerfile, contextDir, List.of(),
                        Optional.of(new Span(w.workflow().source(), b.range())),
                        "job `" + b.job().id() + "` in " + w.workflow().source().path(), tags(w.workflow(), b),
                        ThrowawayBuilds.isThrowaway(w.workflow(), b)));
            }
        }
        return out;
    }

    private static List<String> tags(Workflow workflow, Activity.Build b) {
        List<String> out = new ArrayList<>();
        for (String tag : b.tags()) {
            out.addAll(WorkflowImageNames.names(tag, workflow, b));
        }
        return out;
    }

    /** The repository a workflow file runs in. */
    static Optional<Path> root(Path file, WorkflowKind kind) {
        Path dir = file.getParent();
        if (dir == null) {
            return Optional.empty();
        }
        if (kind == WorkflowKind.GITHUB_ACTIONS) {
            Path github = dir.getParent();
            boolean standard = dir.getFileName() != null && dir.getFileName().toString().equals("workflows")
                    && github != null && github.getFileName() != null && github.getFileName().toString().equals(".github");
            return standard ? Optional.ofNullable(github.getParent()) : Optional.empty();
        }
        Path name = file.getFileName();
        return name != null && name.toString().equals(".gitlab-ci.yml") ? Optional.of(dir) : Optional.empty();
    }

    // A path relative to the repository root, with the root's variables removed; empty when
    // another variable or an absolute path is left.
    private static Optional<String> path(String written) {
        String p = written.strip();
        for (String v : ROOT_VARIABLES) {
            if (p.startsWith(v)) {
                p = p.substring(v.length());
                p = p.startsWith("/") ? p.substring(1) : p;
                p = p.isEmpty() ? "." : p;
                break;
            }
        }
        if (p.isEmpty() || p.contains("$") || p.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static boolean remote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.equals("-");
    }

    // A script that runs `cd` or `pushd`, or one in a workflow with a `working-directory`, may
    // build from another folder than the root; an action's inputs are the workspace's whatever
    // `defaults.run.working-directory` says (it applies to `run` steps only).
    private static boolean changesFolder(Workflow workflow, Activity.Build b) {
        if (b.step().run().isEmpty()) {
            return false;
        }
        if (workflow.source().text().contains("working-directory")) {
            return true;
        }
        String text = b.step().run().get().node().value();
        return text.contains("cd ") || text.contains("pushd ");
    }
}
