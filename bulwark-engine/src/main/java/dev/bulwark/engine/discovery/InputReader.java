package dev.bulwark.engine.discovery;

import dev.bulwark.core.SourceText;
import dev.bulwark.engine.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an input into a {@link SourceText}, refusing what is not a text file we should parse:
 * too large, binary (a NUL byte), or not UTF-8.
 */
public final class InputReader {
    /** 4 MiB: far beyond any real Dockerfile or manifest, small enough to bound memory per thread. */
    public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

    private final int maxBytes;
    private final Map<Path, String> edits;

    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public InputReader(int maxBytes) {
        this(maxBytes, Map.of());
    }

    private InputReader(int maxBytes, Map<Path, String> edits) {
        this.maxBytes = maxBytes;
        this.edits = edits;
    }

    /**
     * A reader that reads these files as if they held these texts, wherever the run reads them:
     * as inputs, and as the override, {@code extends} and included files of a Compose project
     * ({@code bulwark fix} audits its edits before writing them).
     */
    public InputReader withEdits(Map<Path, String> texts) {
        Map<Path, String> byKey = new HashMap<>();
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            byKey.put(key(e.getKey()), e.getValue());
        }
        return new InputReader(maxBytes, Map.copyOf(byKey));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    public ReadOutcome read(Input input) {
        if (input instanceof Input.TextInput t) {
            return new ReadOutcome.Read(new SourceText(t.path(), t.text()));
        }
        if (input instanceof Input.FileInput f && !edits.isEmpty()) {
            String edited = edits.get(key(f.file()));
            if (edited != null) {
                return new ReadOutcome.Read(new SourceText(f.path(), edited));
            }
        }
        byte[] bytes;
        try {
            if (input instanceof Input.FileInput f) {
                if (Files.isDirectory(f.file())) {
                    return new ReadOutcome.Unreadable(f.path(), "is a directory");
                }
                if (Files.size(f.file()) > maxBytes) {
                    return tooLarge(f.path());
                }
                bytes = readAtMost(Files.newInputStream(f.file()));
            } else if (input instanceof Input.StreamInput s) {
                bytes = readAtMost(s.stream());
            } else {
                throw new IllegalStateException("unknown input " + input);
            }
        } catch (NoSuchFileException e) {
            return new ReadOutcome.Unreadable(input.path(), "no such file");
        } catch (AccessDeniedException e) {
            return new ReadOutcome.Unreadable(input.path(), "permission denied");
        } catch (IOException e) {
            return new ReadOutcome.Unreadable(input.path(), "cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            return tooLarge(input.path());
        }
        return decode(input.path(), bytes);
    }

    private ReadOutcome decode(String path, byte[] bytes) {
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new ReadOutcome.Unreadable(path, "binary file (NUL byte at offset " + i + ")", lineAt(bytes, i));
            }
            ascii &= bytes[i] > 0;
        }
        if (ascii) {
            // Nearly every Dockerfile is ASCII, which is valid UTF-8 as it stands: no checking
            // decoder and intermediate buffer needed.
            return new ReadOutcome.Read(new SourceText(path, new String(bytes, StandardCharsets.US_ASCII)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops at the first bad sequence: its line makes the finding actionable.
            return new ReadOutcome.Unreadable(path, "not valid UTF-8", lineAt(bytes, Math.min(in.position(), bytes.length - 1)));
        }
        out.flip();
        return new ReadOutcome.Read(new SourceText(path, out.toString()));
    }

    /** The 1-based line of the byte at {@code offset}: line feeds before it, plus one. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private ReadOutcome tooLarge(String path) {
        return new ReadOutcome.Unreadable(path, "larger than the " + (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0
                ? maxBytes / (1024 * 1024) + " MiB" : maxBytes + " bytes") + " limit");
    }

    /** At most {@code maxBytes + 1} bytes, enough to tell that a stream is too large. */
    private byte[] readAtMost(InputStream in) throws IOException {
        try (InputStream stream = in) {
            return stream.readNBytes(maxBytes + 1);
        }
    }
}
