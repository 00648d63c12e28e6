package dev.bulwark.compose;

import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@link ComposeFileReader} over the file system, for tools and tests: UTF-8 files up to a
 * size limit, shown relative to a base directory. The engine uses its own reader.
 */
public final class PlainFileReader implements ComposeFileReader {
    private final Path displayBase;
    private final long maxBytes;

    public PlainFileReader(Path displayBase, long maxBytes) {
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    @Override
    public FileContent read(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                return new FileContent.Missing();
            }
            if (Files.size(path) > maxBytes) {
                return new FileContent.Unreadable("larger than " + maxBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                return new FileContent.Unreadable("binary file");
            }
            return new FileContent.Found(new SourceText(display(path), text));
        } catch (CharacterCodingException e) {
            return new FileContent.Unreadable("not UTF-8");
        } catch (IOException | SecurityException e) {
            return new FileContent.Unreadable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(displayBase) ? displayBase.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
