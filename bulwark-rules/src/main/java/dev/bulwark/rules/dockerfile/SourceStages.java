package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.SimpleCommand;
import java.util.Set;

/**
 * Stages that only fetch and unpack files for other stages to copy (issue 9): {@code FROM alpine/git
 * AS source} cloning and patching a repository, {@code FROM alpine AS src} unpacking an ADDed
 * tarball. What they produce is the fetched files, not anything of the image they run on.
 */
final class SourceStages {
    // Fetching, unpacking and moving files; nothing here compiles, installs or resolves packages.
    private static final Set<String> FILE_COMMANDS = Set.of("git", "tar", "unzip", "gunzip", "gzip", "xz", "bunzip2",
            "zstd", "curl", "wget", "mkdir", "cp", "mv", "rm", "ln", "chmod", "chown", "touch", "cd", "echo", "printf",
            "true", "false", "test", "[", "ls", "find", "xargs", "basename", "dirname", "sed", "cat", "date",
            "patch", "sha256sum", "sha512sum", "md5sum", "set");

    private static final Set<String> FETCHES = Set.of("git", "curl", "wget", "tar", "unzip");

    private SourceStages() {
    }

    /**
     * Whether the stage feeds the image built by default (through COPY --from or RUN --mount, not
     * as a base) and every RUN of it only fetches, unpacks or moves files.
     */
    static boolean feedsFetchedFiles(DockerfileModel model, ShippedImage shipped, Stage stage) {
        return !shipped.ships(stage) && model.stagesReachableFromFinal().contains(stage) && onlyFetchesFiles(model, stage);
    }

    // A stage with no fetch of its own (`FROM ghcr.io/astral-sh/uv AS uv`) is copied from for the
    // image's own files, which do depend on its version.
    private static boolean onlyFetchesFiles(DockerfileModel model, Stage stage) {
        boolean fetches = false;
        for (Instruction instruction : stage.instructions()) {
            fetches |= instruction instanceof AddInstruction;
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                String name = command.effective().baseName().orElse("");
                if (!name.isEmpty() && !FILE_COMMANDS.contains(name)) {
                    return false;
                }
                fetches |= FETCHES.contains(name);
            }
        }
        return fetches;
    }
}
