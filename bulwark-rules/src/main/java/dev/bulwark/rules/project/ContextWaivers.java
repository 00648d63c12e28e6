package dev.bulwark.rules.project;

import dev.bulwark.project.BuildUse;
import dev.bulwark.project.StagedFolders;
import java.nio.file.Path;
import java.util.List;

/**
 * The Dockerfile findings that the builds' contexts prove needless, since a Dockerfile judged
 * alone takes its own folder for its context and cannot know what fills it.
 * {@code whole-context-without-dockerignore} (DF046): every build of the file uses a folder, not
 * the repository root, that a build script fills before it builds ({@link StagedFolders}): the
 * whole-context COPY ships what the script put there, and no {@code .git}, {@code .env}, dataset
 * or virtualenv can be in it. A folder that only holds a Dockerfile but that no script fills stays
 * reported: it is most likely built from the repository root ({@code docker build -f}), or filled
 * by hand, where anything can land.
 */
public final class ContextWaivers {
    public static final String WHOLE_CONTEXT_WITHOUT_DOCKERIGNORE = "DF046";

    private ContextWaivers() {
    }

    /** Where the contexts of these builds prove findings on their Dockerfile needless. */
    public static List<GraphWaiver> of(List<BuildUse> builds, Path repositoryRoot, StagedFolders staged) {
        if (builds.isEmpty()) {
            return List.of();
        }
        for (BuildUse use : builds) {
            if (use.context().equals(repositoryRoot) || !staged.staged(use.context())) {
                return List.of();
            }
        }
        return List.of(GraphWaiver.wholeFile(WHOLE_CONTEXT_WITHOUT_DOCKERIGNORE));
    }
}
