package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Flag;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Modes that let every user write ({@code chmod 777}, {@code chmod -R a+w}, {@code o+w},
 * {@code mkdir -m 777}, {@code install -m 666}, {@code COPY --chmod=777}) in the stages the shipped
 * image is built from (builder files copied over keep their mode). A sticky-bit mode
 * ({@code 1777}, {@code +t}, the {@code /tmp} convention) passes: owners keep their files.
 */
@RuleInfo(code = "DF059", name = "world-writable-permissions", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "A path is made world-writable (`chmod 777`, `o+w`).",
        fix = "Give the app user ownership (`chown`/`COPY --chown`) and a mode such as `755` or `775`.")
public final class WorldWritablePermissions implements DockerfileRule {
    private static final List<String> STATED_REASONS = List.of("any user", "all users", "arbitrary user",
            "any uid", "arbitrary uid", "random uid", "writable", "--user", "any group");
    // Modes are matched by hand, not with regular expressions: see AsciiScan.
    private static final String WHO = "ugoa";
    private static final String PERMISSIONS = "rwxXst";
    private static final Set<String> CHMOD_VALUES = Set.of("--reference");
    private static final Set<String> MKDIR_VALUES = Set.of("-m", "--mode", "--context", "-Z");
    private static final Set<String> INSTALL_VALUES = Set.of("-m", "--mode", "-o", "--owner", "-g", "--group",
            "-S", "--suffix", "-t", "--target-directory", "-Z", "--context", "--strip-program");

    /**
     * The comment block above says why the mode is open to every user: an image meant to run
     * under any uid ({@code docker run -u "$(id -u)"}, OpenShift's arbitrary uids) needs its home
     * or data folder writable by whoever that is. The block of the instruction or of the one just
     * before ({@code # All users can use /home/user} above {@code ENV HOME}, then the RUN).
     */
    private static boolean statesWhy(Instruction instruction) {
        return StatedReasons.inComments(instruction, STATED_REASONS);
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stagesReachableFromFinal()) {
            List<Instruction> instructions = stage.instructions();
            for (int i = 0; i < instructions.size(); i++) {
                Instruction instruction = instructions.get(i);
                if (statesWhy(instruction) || i > 0 && statesWhy(instructions.get(i - 1))) {
                    continue;
                }
                if (instruction instanceof RunInstruction run) {
                    for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                        check(command.effective(), sink);
                    }
                } else if (instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
                    Optional<Flag> chmod = instruction.flag("chmod");
                    if (chmod.isPresent() && worldWritable(chmod.get().valueOrEmpty())) {
                        sink.report(chmod.get().range(), "`--chmod=" + chmod.get().valueOrEmpty()
                                + "` makes the copied files world-writable");
                    }
                }
            }
        }
    }

    private static void check(SimpleCommand c, FindingSink sink) {
        Optional<Word> mode = Optional.empty();
        List<Word> targets = List.of();
        if (c.is("chmod")) {
            List<Word> positionals = c.positionals(CHMOD_VALUES);
            // `chmod -w` style modes look like options: take the first positional-or-mode word.
            if (!positionals.isEmpty()) {
                mode = Optional.of(positionals.get(0));
                targets = positionals.subList(1, positionals.size());
            } else {
                mode = firstSymbolicOption(c.arguments());
            }
        } else if (c.is("mkdir")) {
            mode = c.flagValue(MKDIR_VALUES, "-m", "--mode");
            targets = c.positionals(MKDIR_VALUES);
        } else if (c.is("install")) {
            mode = c.flagValue(INSTALL_VALUES, "-m", "--mode");
            targets = c.positionals(INSTALL_VALUES);
        }
        if (mode.isEmpty() || mode.get().hasExpansion() || !worldWritable(mode.get().value())) {
            return;
        }
        String target = targets.isEmpty() ? "" : " makes `" + targets.get(targets.size() - 1).value() + "`"
                + (targets.size() > 1 ? " and " + (targets.size() - 1) + " more" : "") + " world-writable";
        sink.report(c.range(), "`" + c.baseName().orElse("chmod") + " " + mode.get().value() + "`"
                + (target.isEmpty() ? " makes files world-writable" : target));
    }

    private static Optional<Word> firstSymbolicOption(List<Word> arguments) {
        for (Word w : arguments) {
            if (isSymbolicOption(w.value())) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Whether a chmod(1) mode, octal or symbolic, grants write to others without the sticky bit. */
    static boolean worldWritable(String mode) {
        if (isOctal(mode)) {
            int bits = Integer.parseInt(mode, 8);
            boolean sticky = (bits & 01000) != 0;
            return (bits & 02) != 0 && !sticky;
        }
        boolean writable = false;
        boolean sticky = false;
        for (String clause : mode.split(",")) {
            // ([ugoa]*)([-+=])([rwxXst]*)
            int opAt = 0;
            while (opAt < clause.length() && WHO.indexOf(clause.charAt(opAt)) >= 0) {
                opAt++;
            }
            if (opAt == clause.length() || "-+=".indexOf(clause.charAt(opAt)) < 0
                    || !allOf(clause, opAt + 1, PERMISSIONS)) {
                return false;
            }
            String who = clause.substring(0, opAt);
            String op = clause.substring(opAt, opAt + 1);
            String perms = clause.substring(opAt + 1);
            if (op.equals("-")) {
                continue;
            }
            // Without `who`, chmod applies the umask (spec: 022 in builds), which keeps `o` unwritable.
            boolean others = who.contains("o") || who.contains("a");
            writable |= others && perms.contains("w");
            sticky |= perms.contains("t");
        }
        return writable && !sticky;
    }

    /** {@code -[rwxXst]+}: chmod's {@code -w} style mode, which looks like an option. */
    private static boolean isSymbolicOption(String word) {
        return word.length() >= 2 && word.charAt(0) == '-' && allOf(word, 1, PERMISSIONS);
    }

    /** {@code [0-7]{1,4}} */
    private static boolean isOctal(String mode) {
        if (mode.isEmpty() || mode.length() > 4) {
            return false;
        }
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }

    private static boolean allOf(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
