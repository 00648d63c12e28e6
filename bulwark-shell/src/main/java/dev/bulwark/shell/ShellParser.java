package dev.bulwark.shell;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.SyntaxProblem;
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
        Parser parser = new Parser(script.text(), (s, e) -> script.toSource(s, e), problems, 0, 0);
        CommandList body = parser.parseScript();
        return new ShellScript(script, body, problems);
    }

    /** Parses a standalone script: source offsets are offsets into {@code script}. */
    public static ShellScript parse(String script) {
        return parse(MappedText.identity(script, 0));
    }
}
