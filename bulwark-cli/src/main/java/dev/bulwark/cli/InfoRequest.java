package dev.bulwark.cli;

/** {@code --help} or {@code --version}: print and exit 0, whatever else the command line says. */
enum InfoRequest implements ParseOutcome {
    HELP,
    VERSION
}
