package dev.bulwark.dockerfile.syntax;

/** The command of RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD: shell form or exec form (spec 1.6). */
public sealed interface CommandForm permits ShellForm, ExecForm {
}
