package dev.bulwark.shell;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses POSIX sh (with the bash forms common in Dockerfiles) into a {@link ShellScript}. Total:
 * any input yields a tree plus {@link ShellScript#problems()}; it never throws on bad input.
 */
public final class ShellParser {
    private ShellParser() {
    }

    /** Parses a script whose ranges map to the source through {@code script}. */
    public static ShellScript parse(MappedText script) {
        List<SyntaxProblem> problems = new ArrayList<>();
        Parser parser = new Parser(script.text(), new SourceOffsets(script), problems, 0, 0);
        CommandList body = parser.parseScript();
        return new ShellScript(script, body, problems);
    }

    /** Parses a standalone script: source offsets are offsets into {@code script}. */
    public static ShellScript parse(String script) {
        return parse(MappedText.identity(script, 0));
    }

    /** Maps the parsed text to the source through the script's own mapping. */
    private static final class SourceOffsets implements OffsetMap {
        private final MappedText script;

        SourceOffsets(MappedText script) {
            this.script = script;
        }

        @Override
        public TextRange range(int start, int end) {
            return script.toSource(start, end);
        }
    }
}
