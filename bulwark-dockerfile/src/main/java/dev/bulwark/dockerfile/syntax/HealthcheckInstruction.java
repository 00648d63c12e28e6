package dev.bulwark.dockerfile.syntax;

import java.util.Locale;
import java.util.Optional;

/** HEALTHCHECK (spec 1.8): the type word ({@code CMD}/{@code NONE}) and, for CMD, the command. */
public record HealthcheckInstruction(InstructionHeader header, Optional<Word> type, Optional<CommandForm> command) implements Instruction {

    public boolean isNone() {
        return type.isPresent() && type.get().text().toUpperCase(Locale.ROOT).equals("NONE");
    }
}
