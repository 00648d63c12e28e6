package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Java source of {@code bulwark-rules} generated from a data file beside it: compiled-in data is
 * read without opening the rules jar at run time. The test that owns the generator checks the
 * source against it and, with {@code -Dbulwark.writeDocs=true}, rewrites it first (as the rule
 * docs are rewritten).
 */
public final class GeneratedSource {
    /** A string constant's limit in a class file, in bytes of modified UTF-8. */
    public static final int CONSTANT_LIMIT = 65_535;

    private GeneratedSource() {
    }

    /** A file of the project, by its path from the project root. */
    public static Path inProject(String path) {
        String root = System.getProperty("bulwark.root");
        Path dir = root != null && !root.isBlank() ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
        return dir.resolve(path);
    }

    /** Fails unless the checked-in {@code source} (a path from the project root) is {@code generated}. */
    public static void assertUpToDate(String source, String generated, String testName) throws IOException {
        Path file = inProject(source);
        if (Boolean.getBoolean("bulwark.writeDocs")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(source + " is stale: run `mvn -q -B -ntp -o -pl bulwark-rules -am test -Dtest=" + testName
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dbulwark.writeDocs=true` from the project root")
                .isEqualTo(generated);
    }

    /** {@code text} as a Java string literal, quotes included, in ASCII. */
    public static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The bytes {@code text} takes as a constant of a class file (modified UTF-8). */
    public static int constantBytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
        }
        return bytes;
    }
}
