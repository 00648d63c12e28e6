package dev.bulwark.dockerfile.syntax;

import dev.bulwark.core.MappedText;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One Dockerfile instruction, typed by keyword (spec 1.6, 1.8). */
public sealed interface Instruction
        permits FromInstruction, RunInstruction, CmdInstruction, EntrypointInstruction, ShellInstruction,
        HealthcheckInstruction, FileTransferInstruction, EnvInstruction, LabelInstruction,
        ArgInstruction, ExposeInstruction, VolumeInstruction, UserInstruction, WorkdirInstruction,
        StopsignalInstruction, MaintainerInstruction, OnbuildInstruction, UnknownInstruction {

    InstructionHeader header();

    /** Upper-case canonical keyword ({@code FROM}, ...; the written one upper-cased if unknown). */
    default String keyword() {
        return header().keyword();
    }

    /** The keyword as written ({@code from}, {@code Run}, ...). */
    default String keywordText() {
        return header().keywordText();
    }

    default TextRange keywordRange() {
        return header().keywordRange();
    }

    default TextRange range() {
        return header().range();
    }

    default List<Flag> flags() {
        return header().flags();
    }

    /** The first flag with this name (names are case-sensitive, spec 1.5), without dashes. */
    default Optional<Flag> flag(String name) {
        for (Flag f : header().flags()) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** All flags with this name, for repeatable flags such as {@code --mount}. */
    default List<Flag> flags(String name) {
        // A walk rather than a stream: asked for every RUN by several rules.
        List<Flag> out = new ArrayList<>();
        for (Flag f : header().flags()) {
            if (f.name().equals(name)) {
                out.add(f);
            }
        }
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    default List<Comment> comments() {
        return header().comments();
    }

    default int startLine() {
        return header().startLine();
    }

    default int endLine() {
        return header().endLine();
    }

    /** The arguments after the flags as one logical text (spec 1.5). */
    default MappedText arguments() {
        return header().arguments();
    }

    /** Heredocs of RUN, COPY, ADD (spec 1.7); empty for other instructions. */
    default List<Heredoc> heredocs() {
        return List.of();
    }
}
