package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.syntax.Arg;
import dev.bulwark.dockerfile.model.Derivation;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.CmdInstruction;
import dev.bulwark.dockerfile.syntax.CommandForm;
import dev.bulwark.dockerfile.syntax.EntrypointInstruction;
import dev.bulwark.dockerfile.syntax.ExecForm;
import dev.bulwark.dockerfile.syntax.HealthcheckInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.ShellForm;
import dev.bulwark.shell.ShellParser;
import dev.bulwark.shell.ShellScript;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The programs a CMD or ENTRYPOINT starts, as argument vectors with wrappers removed, whatever
 * its form: shell form through the model's parsed script, exec form through the same shell query
 * API (the JSON strings are quoted back into one command), and {@code ["sh", "-c", "…"]} by
 * parsing the script argument. Rules recognise programs on these vectors, never on raw text.
 */
final class Invocations {
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");
    // Init processes that only start their arguments (`tini -- uvicorn …`).
    private static final Set<String> INITS = Set.of("tini", "tini-static", "dumb-init", "catatonit");
    private static final Set<String> CONDA = Set.of("conda", "mamba", "micromamba");
    private static final Set<String> CONDA_VALUES = Set.of("-n", "--name", "-p", "--prefix", "--cwd");
    // Kept with the model: several rules ask for the programs of the same CMD or ENTRYPOINT, and
    // an exec form is parsed as a script each time it is collected.
    private static final Derivation<Instruction, List<Invocation>> UNWRAPPED = new Collected(true);
    private static final Derivation<Instruction, List<Invocation>> ORIGINAL = new Collected(false);

    /**
     * One started program: {@code argv.get(0)} is the program, {@code range} where it is written;
     * {@code argRanges}, when known, where each argument is (empty for a script inside a string).
     */
    record Invocation(List<String> argv, TextRange range, List<TextRange> argRanges) {
        Invocation {
            argv = List.copyOf(argv);
            argRanges = List.copyOf(argRanges);
        }

        String program() {
            String p = argv.isEmpty() ? "" : argv.get(0);
            return p.substring(p.lastIndexOf('/') + 1);
        }

        /** Where argument {@code i} is written, or the whole invocation when that is not known. */
        TextRange argRange(int i) {
            return i >= 0 && i < argRanges.size() ? argRanges.get(i) : range;
        }
    }

    /** The invocations of a CMD or ENTRYPOINT, with wrappers removed or kept. */
    private static final class Collected implements Derivation<Instruction, List<Invocation>> {
        private final boolean unwrap;

        Collected(boolean unwrap) {
            this.unwrap = unwrap;
        }

        @Override
        public List<Invocation> compute(DockerfileModel model, Instruction instruction) {
            return collect(model, instruction, unwrap);
        }
    }

    private Invocations() {
    }

    /** The programs a CMD or ENTRYPOINT starts, {@code sudo}, {@code env}, {@code gosu} and the like unwrapped. */
    static List<Invocation> of(DockerfileModel model, Instruction instruction) {
        return model.derived(UNWRAPPED, instruction);
    }

    /** As {@link #of}, but keeping wrappers such as {@code gosu} as the program. */
    static List<Invocation> ofOriginal(DockerfileModel model, Instruction instruction) {
        return model.derived(ORIGINAL, instruction);
    }

    /** The programs a {@code HEALTHCHECK CMD} runs, wrappers removed; empty for {@code NONE}. */
    static List<Invocation> ofHealthcheck(DockerfileModel model, HealthcheckInstruction healthcheck) {
        return collectForm(model, healthcheck, healthcheck.isNone() ? Optional.empty() : healthcheck.command(), true);
    }

    private static List<Invocation> collect(DockerfileModel model, Instruction instruction, boolean unwrap) {
        Optional<CommandForm> form = instruction instanceof CmdInstruction c ? Optional.of(c.command())
                : instruction instanceof EntrypointInstruction e ? Optional.of(e.command())
                : Optional.empty();
        return collectForm(model, instruction, form, unwrap);
    }

    private static List<Invocation> collectForm(DockerfileModel model, Instruction instruction,
                                                Optional<CommandForm> form, boolean unwrap) {
        List<Invocation> out = new ArrayList<>();
        if (form.isPresent() && form.get() instanceof ShellForm shell
                && ExecFormFallback.attemptedJson(shell.text().text())) {
            // `CMD ['bash']` runs as a shell command, brackets and all (DF107 reports that); what
            // the author meant, and what every other rule should judge, is the array.
            addScript(ShellParser.parse(intendedArray(shell.text().text())), out,
                    Optional.of(shell.text().toSource(0, shell.text().length())), Optional.empty(), unwrap);
        } else if (form.isPresent() && form.get() instanceof ShellForm) {
            Optional<ShellScript> script = model.script(instruction);
            if (script.isPresent()) {
                addScript(script.get(), out, Optional.empty(), Optional.empty(), unwrap);
            }
        } else if (form.isPresent() && form.get() instanceof ExecForm exec && !exec.values().isEmpty()) {
            addArgv(exec, out, unwrap);
        }
        return List.copyOf(out);
    }

    /**
     * The elements of a failed JSON array as shell words: the brackets dropped and the commas
     * between elements made spaces, so {@code ['python', "app.py"]} reads {@code 'python'  "app.py"}.
     */
    static String intendedArray(String raw) {
        String t = raw.strip();
        int end = t.endsWith("]") ? t.length() - 1 : t.length();
        StringBuilder words = new StringBuilder(end);
        char quote = 0;
        for (int i = 1; i < end; i++) {
            char c = t.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == '"' && c == '\\' && i + 1 < end) {
                words.append(c);
                c = t.charAt(++i);
            } else if (quote == 0 && c == ',') {
                c = ' ';
            }
            words.append(c);
        }
        return words.toString();
    }

    private static void addArgv(ExecForm exec, List<Invocation> out, boolean unwrap) {
        StringBuilder line = new StringBuilder();
        // Where each array element starts in the quoted line, to find it again behind a wrapper.
        List<TextRange> elements = new ArrayList<>();
        for (Arg arg : exec.args()) {
            if (line.length() > 0) {
                line.append(' ');
            }
            int start = line.length();
            line.append('\'').append(arg.value().replace("'", "'\\''")).append('\'');
            elements.add(new TextRange(start, line.length()));
        }
        List<TextRange> fileRanges = new ArrayList<>();
        for (Arg arg : exec.args()) {
            fileRanges.add(arg.range());
        }
        addScript(ShellParser.parse(line.toString()), out, Optional.of(exec.range()),
                Optional.of(new ElementRanges(elements, fileRanges)), unwrap);
    }

    /** The array elements of an exec form, where they are in the quoted line and in the file. */
    private record ElementRanges(List<TextRange> inLine, List<TextRange> inFile) {
        Optional<TextRange> fileRangeOf(TextRange lineRange) {
            for (int i = 0; i < inLine.size(); i++) {
                if (inLine.get(i).start() == lineRange.start()) {
                    return Optional.of(inFile.get(i));
                }
            }
            return Optional.empty();
        }
    }

    private static void addScript(ShellScript script, List<Invocation> out, Optional<TextRange> fixedRange,
                                  Optional<ElementRanges> elements, boolean unwrap) {
        for (SimpleCommand command : script.commands()) {
            TextRange range = fixedRange.orElse(command.range());
            List<Word> words = (unwrap ? command.effective() : command).words();
            List<String> all = values(words);
            List<String> argv = stripLaunchers(all);
            if (argv.isEmpty()) {
                continue;
            }
            String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
            int c = argv.indexOf("-c");
            if (POSIX_SHELLS.contains(program) && c > 0 && c + 1 < argv.size()) {
                // The script is inside a string: its words' places in the file are not kept.
                addScript(ShellParser.parse(argv.get(c + 1)), out, Optional.of(range), Optional.empty(), unwrap);
            } else {
                List<Word> kept = words.subList(all.size() - argv.size(), words.size());
                out.add(new Invocation(argv, range, argRanges(kept, fixedRange.isEmpty(), elements)));
            }
        }
    }

    // Shell-form words are placed in the file already; exec-form words are found in their array.
    private static List<TextRange> argRanges(List<Word> words, boolean inFile, Optional<ElementRanges> elements) {
        List<TextRange> out = new ArrayList<>(words.size());
        for (Word w : words) {
            Optional<TextRange> r = inFile ? Optional.of(w.range())
                    : elements.isPresent() ? elements.get().fileRangeOf(w.range()) : Optional.<TextRange>empty();
            if (r.isEmpty()) {
                return List.of();
            }
            out.add(r.get());
        }
        return out;
    }

    private static List<String> values(List<Word> words) {
        List<String> values = new ArrayList<>(words.size());
        for (Word word : words) {
            values.add(word.value());
        }
        return Collections.unmodifiableList(values);
    }

    /** Drops init processes and {@code conda run} in front of the real program. */
    private static List<String> stripLaunchers(List<String> argv) {
        List<String> rest = argv;
        boolean changed = true;
        while (changed && !rest.isEmpty()) {
            changed = false;
            String program = rest.get(0).substring(rest.get(0).lastIndexOf('/') + 1);
            if (INITS.contains(program)) {
                rest = afterOptions(rest, 1, Set.of());
                changed = true;
            } else if (CONDA.contains(program) && rest.size() > 1 && rest.get(1).equals("run")) {
                rest = afterOptions(rest, 2, CONDA_VALUES);
                changed = true;
            }
        }
        return rest;
    }

    private static List<String> afterOptions(List<String> argv, int from, Set<String> valueOptions) {
        int i = from;
        while (i < argv.size() && argv.get(i).startsWith("-")) {
            if (argv.get(i).equals("--")) {
                i++;
                break;
            }
            i += valueOptions.contains(argv.get(i)) ? 2 : 1;
        }
        return argv.subList(Math.min(i, argv.size()), argv.size());
    }
}
