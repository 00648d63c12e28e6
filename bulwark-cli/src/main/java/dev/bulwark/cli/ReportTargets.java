package dev.bulwark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where each report of a run goes: {@code --format FORMAT[:FILE]}, repeatable, and {@code -o FILE}
 * for the one format that names no file. At most one report goes to standard output and no two to
 * the same file; anything else is a usage error (exit 2) that says how to write it.
 */
final class ReportTargets {

    /** One report: its format and its file, or standard output when empty. */
    record Target(OutputFormat format, Optional<String> file) {
    }

    /** The targets, or the usage error that ruled them out. */
    record Outcome(List<Target> targets, Optional<String> error) {
    }

    private ReportTargets() {
    }

    /** @param resolver the run's working directory, to tell when two names are one file */
    static Outcome of(List<String> formats, Optional<String> output, Invocation resolver) {
        List<Target> targets = new ArrayList<>();
        List<String> toOutput = new ArrayList<>();
        if (formats.isEmpty()) {
            targets.add(new Target(OutputFormat.TEXT, output));
            return new Outcome(targets, Optional.empty());
        }
        for (String value : formats) {
            int colon = value.indexOf(':');
            OutputFormat format = OutputFormat.of(colon < 0 ? value : value.substring(0, colon));
            if (colon < 0) {
                toOutput.add(format.id());
                targets.add(new Target(format, output));
            } else {
                targets.add(new Target(format, Optional.of(value.substring(colon + 1))));
            }
        }
        if (toOutput.size() > 1) {
            String where = output.isPresent() ? "-o " + output.get() : "standard output";
            return error("two or more formats to " + where + " (" + String.join(", ", toOutput)
                    + "): give all but one a file, as in --format " + toOutput.get(1) + ":FILE");
        }
        if (output.isPresent() && toOutput.isEmpty()) {
            return error("-o " + output.get() + " has no format to write: every --format names its own file");
        }
        Set<Path> files = new HashSet<>();
        for (Target t : targets) {
            if (t.file().isPresent() && !files.add(resolver.resolve(t.file().get()))) {
                return error("two formats to one file: " + t.file().get());
            }
        }
        return new Outcome(targets, Optional.empty());
    }

    private static Outcome error(String message) {
        return new Outcome(List.of(), Optional.of(message));
    }
}
