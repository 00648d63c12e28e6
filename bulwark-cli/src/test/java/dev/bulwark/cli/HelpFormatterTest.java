package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The help texts: what each lists, in which order, and that they fit 80 columns. */
class HelpFormatterTest {
    private final HelpFormatter formatter = new HelpFormatter();

    @Test
    void topLevelHelpListsOptionsCommandsAndExitCodes() {
        String help = formatter.format(BulwarkCommand.SPEC);
        assertThat(help).startsWith("Usage: bulwark [OPTIONS] COMMAND\n"
                + "Audit Docker setups of ML projects against the Docker best practices.\n\n"
                + "Options:\n"
                + "  -h, --help     Show this help message and exit.\n"
                + "  -V, --version  Print version information and exit.\n"
                + "      --debug    Show the stack trace of internal errors.\n\n"
                + "Commands:\n"
                + "  check     Audit Dockerfiles, Compose files and Kubernetes manifests\n"
                + "            (directories are searched for them).\n"
                + "  fix       Apply the fixes of the findings check reports (safe ones only,\n"
                + "            unless --unsafe-fixes), in place.\n"
                + "  baseline  Write the current findings to a baseline file, which check\n"
                + "            --baseline FILE leaves out.\n"
                + "  init      Write a Dockerfile, .dockerignore, compose.yaml, Kubernetes\n"
                + "            manifests and a CI workflow for a Python ML project.\n"
                + "  rules     List the built-in rules.\n");
        assertThat(help).endsWith("\n\nExit codes: 0 clean, 1 findings at or above --fail-on,\n"
                + "2 usage or configuration error, 3 internal error.\n");
    }

    @Test
    void fixHelpListsItsOwnOptionsThenThoseOfCheck() {
        String help = formatter.format(FixCommand.SPEC);
        assertThat(help).startsWith("Usage: bulwark fix [OPTIONS] [PATH...]\n");
        assertThat(help).containsSubsequence("--unsafe-fixes", "--diff", "--config FILE", "--select", "--ignore",
                "--fail-on", "--threads N", "--color");
    }

    @Test
    void checkHelpListsEveryOptionInOrderWithItsDescription() {
        String help = formatter.format(CheckCommand.SPEC);
        assertThat(help).startsWith("Usage: bulwark check [OPTIONS] [PATH...]\n"
                + "Audit Dockerfiles, Compose files and Kubernetes manifests (directories are\n"
                + "searched for them).\n\n"
                + "Arguments:\n"
                + "  [PATH...]  Files or directories to audit (default: .); - reads a file from\n"
                + "             standard input.\n");
        List<String> order = List.of("--format text|json|sarif|html|junit|gitlab|github|checkstyle[:FILE]\n",
                "Report format (default: text), to FILE when",
                "-o, --output FILE              Write the report (of the one --format without a",
                "--config FILE              Configuration file (default: the nearest",
                "--select LIST[,LIST...]    Run only these rules: codes, names, practices,",
                "--ignore LIST[,LIST...]    Never run these rules (applied after everything",
                "--fail-on error|warning|info|none\n",
                "Exit with 1 when a finding is at least this",
                "--threads N                Files audited in parallel (default: the number",
                "--baseline FILE            Report only findings not in this baseline",
                "--import FILE              Add the vulnerabilities of a Trivy (trivy image",
                "--color auto|always|never  Colour the text report (default: auto: a",
                "--verbose                  List the stale baseline entries on stderr.",
                "-h, --help", "-V, --version", "--debug");
        int at = 0;
        for (String expected : order) {
            int found = help.indexOf(expected, at);
            assertThat(found).as(expected + " after position " + at + " in\n" + help).isGreaterThanOrEqualTo(0);
            at = found + expected.length();
        }
    }

    @Test
    void rulesAndExplainHelp() {
        assertThat(formatter.format(RulesCommand.SPEC)).isEqualTo("Usage: bulwark rules [OPTIONS]\n"
                + "List the built-in rules.\n\n"
                + "Options:\n"
                + "      --format table|json  Output format (default: table).\n"
                + "  -h, --help               Show this help message and exit.\n"
                + "  -V, --version            Print version information and exit.\n"
                + "      --debug              Show the stack trace of internal errors.\n");
        assertThat(formatter.format(ExplainCommand.SPEC)).startsWith("Usage: bulwark explain [OPTIONS] CODE|NAME\n")
                .contains("  CODE|NAME  The rule's code (DF001) or name (latest-tag).\n")
                .contains("      --color auto|always|never  Colour the output (default: auto: a terminal\n");
    }

    @Test
    void everyLineFitsEightyColumnsAndNoneEndsInBlanks() {
        for (CommandSpec spec : List.of(BulwarkCommand.SPEC, CheckCommand.SPEC, RulesCommand.SPEC, ExplainCommand.SPEC)) {
            for (String line : formatter.format(spec).split("\n", -1)) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
                assertThat(line).isEqualTo(line.stripTrailing());
            }
        }
    }
}
