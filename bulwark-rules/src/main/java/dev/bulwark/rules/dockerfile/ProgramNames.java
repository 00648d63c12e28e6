package dev.bulwark.rules.dockerfile;

import dev.bulwark.shell.SimpleCommand;
import java.util.Optional;

/** Program names that carry a version in the name ({@code pip3.12}, {@code python3}). */
final class ProgramNames {

    private ProgramNames() {
    }

    /**
     * Whether {@code name} is {@code stem} followed by digits and dots only, as the regex
     * {@code stem[0-9.]*} would say; asked for every command, so without compiling a regex.
     */
    static boolean isVersionOf(String name, String stem) {
        if (!name.startsWith(stem)) {
            return false;
        }
        for (int i = stem.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean isPip(String name) {
        return isVersionOf(name, "pip");
    }

    static boolean isPython(String name) {
        return isVersionOf(name, "python");
    }

    /** Whether the command's program is pip ({@code pip}, {@code pip3}, {@code /usr/bin/pip3.12}). */
    static boolean runsPip(SimpleCommand command) {
        Optional<String> program = command.baseName();
        return program.isPresent() && isPip(program.get());
    }

    /** Whether the command's program is python ({@code python}, {@code python3.11}). */
    static boolean runsPython(SimpleCommand command) {
        Optional<String> program = command.baseName();
        return program.isPresent() && isPython(program.get());
    }
}
