package dev.bulwark.cli;

import java.util.ArrayList;
import java.util.List;

/** The options every command has besides its own ({@code --debug} may come before or after the command's name). */
final class StandardOptions {
    static final String DEBUG = "--debug";

    /** Help, version and debug, in the order help texts list them. */
    static final List<OptionSpec> ALL = List.of(OptionSpec.help(), OptionSpec.version(),
            OptionSpec.flag("Show the stack trace of internal errors.", DEBUG));

    private StandardOptions() {
    }

    /** A command's own options followed by the standard ones. */
    static List<OptionSpec> plus(OptionSpec... own) {
        List<OptionSpec> options = new ArrayList<>(List.of(own));
        options.addAll(ALL);
        return List.copyOf(options);
    }
}
