package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the pip installs of an image name on their command lines (requirement files unread). */
final class PipInstalls {
    private PipInstalls() {
    }

    /** Whether a RUN among {@code instructions} pip-installs one of {@code names} (lowercase, `-` for `_`). */
    static boolean installsAny(DockerfileModel model, List<Instruction> instructions, Set<String> names) {
        for (Instruction instruction : instructions) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(model, run).commands()) {
                Optional<PipCommand> pip = PipCommand.of(command);
                if (pip.isEmpty() || !pip.get().isInstall()) {
                    continue;
                }
                for (Word target : pip.get().targets()) {
                    if (names.contains(requirementName(target.value()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code vllm==0.6.3}, {@code triton>=3}, {@code kserve[storage]}: the distribution name, normalised. */
    static String requirementName(String requirement) {
        int end = 0;
        while (end < requirement.length()) {
            char ch = requirement.charAt(end);
            if (!(Character.isLetterOrDigit(ch) || ch == '-' || ch == '_' || ch == '.')) {
                break;
            }
            end++;
        }
        return requirement.substring(0, end).toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
