package dev.bulwark.engine.yaml;

import dev.bulwark.compose.ComposeFileReader;
import dev.bulwark.compose.FileContent;
import dev.bulwark.core.SourceText;
import dev.bulwark.engine.Input;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.discovery.ReadOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files a Compose project refers to ({@code .env}, env files, {@code extends} and
 * included files) with the engine's limits, and names them the way the run names its inputs:
 * relative to the working directory, found from the project's main file (its real path and how
 * it is shown). Remembers what it read, so the engine can show snippets and apply the settings of
 * those files too. One instance per project load, on one thread.
 */
final class EngineComposeFiles implements ComposeFileReader {
    private final InputReader reader;
    private final Path baseDirectory;
    private final String displayDirectory;
    private final List<Read> read = new ArrayList<>();

    /** A file read on the way: its text and where it is. */
    record Read(SourceText source, Path file) {
    }

    /**
     * @param mainFile    the absolute path of the project's main file
     * @param mainDisplay how the run shows that file ({@code deploy/compose.yaml})
     */
    EngineComposeFiles(InputReader reader, Path mainFile, String mainDisplay) {
        this.reader = reader;
        Path parent = mainFile.toAbsolutePath().normalize().getParent();
        this.baseDirectory = parent != null ? parent : mainFile.toAbsolutePath().normalize();
        int slash = mainDisplay.lastIndexOf('/');
        this.displayDirectory = slash < 0 ? "" : mainDisplay.substring(0, slash);
    }

    List<Read> read() {
        return read;
    }

    @Override
    public FileContent read(Path path) {
        if (!Files.isRegularFile(path)) {
            return new FileContent.Missing();
        }
        ReadOutcome outcome = reader.read(Input.file(display(path), path));
        if (outcome instanceof ReadOutcome.Read r) {
            read.add(new Read(r.source(), path));
            return new FileContent.Found(r.source());
        }
        return new FileContent.Unreadable(((ReadOutcome.Unreadable) outcome).reason());
    }

    /** {@code path} as the run would show it: relative to the working directory, {@code /}-separated. */
    String display(Path path) {
        String relative = baseDirectory.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (displayDirectory.isEmpty()) {
            return relative;
        }
        String joined = Path.of(displayDirectory).resolve(relative).normalize().toString().replace('\\', '/');
        return joined.isEmpty() ? "." : joined;
    }
}
