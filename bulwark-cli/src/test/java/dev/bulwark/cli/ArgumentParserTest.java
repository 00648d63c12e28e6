package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.FailThreshold;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written parser on its own: every accepted form and every usage error. */
class ArgumentParserTest {
    private static final CommandSpec CHECK = CheckCommand.SPEC;

    private static ParseOutcome parse(CommandSpec spec, String... args) {
        return new ArgumentParser(spec).parse(List.of(args));
    }

    private static ParsedArgs parsed(CommandSpec spec, String... args) {
        ParseOutcome outcome = parse(spec, args);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(ParsedArgs.class);
        return (ParsedArgs) outcome;
    }

    private static UsageError error(CommandSpec spec, String... args) {
        ParseOutcome outcome = parse(spec, args);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(UsageError.class);
        return (UsageError) outcome;
    }

    @Test
    void nothingGivenIsEmpty() {
        ParsedArgs args = parsed(CHECK);
        assertThat(args.positionals()).isEmpty();
        assertThat(args.value("--format")).isEmpty();
        assertThat(args.values("--select")).isEmpty();
        assertThat(args.flag(StandardOptions.DEBUG)).isFalse();
    }

    @Test
    void longOptionTakesTheNextWordOrWhatFollowsTheEqualsSign() {
        assertThat(parsed(CHECK, "--config", "a.yaml").value("--config")).contains("a.yaml");
        assertThat(parsed(CHECK, "--config=a.yaml").value("--config")).contains("a.yaml");
        // Only the first '=' separates: the value may contain more.
        assertThat(parsed(CHECK, "--config=a=b.yaml").value("--config")).contains("a=b.yaml");
    }

    @Test
    void shortFormTakesTheNextWordOrAnAttachedValue() {
        assertThat(parsed(CHECK, "-o", "report.txt").value("--output")).contains("report.txt");
        assertThat(parsed(CHECK, "-oreport.txt").value("--output")).contains("report.txt");
        // Earlier help texts showed -o=FILE, so that spelling keeps working.
        assertThat(parsed(CHECK, "-o=report.txt").value("--output")).contains("report.txt");
        assertThat(parsed(CHECK, "--output", "report.txt").value("--output")).contains("report.txt");
    }

    @Test
    void listsSplitAtCommasAndAccumulateOverRepeats() {
        ParsedArgs args = parsed(CHECK, "--select", "a,b", "--select", "c", "--select=d", "--ignore", "x,,y,");
        assertThat(args.values("--select")).containsExactly("a", "b", "c", "d");
        assertThat(args.values("--ignore")).containsExactly("x", "y");
    }

    @Test
    void optionsAndPathsMayBeInterleaved() {
        ParsedArgs args = parsed(CHECK, "a", "--format", "json", "b", "--debug", "c");
        assertThat(args.positionals()).containsExactly("a", "b", "c");
        assertThat(args.choice("--format", OutputFormat.values())).contains(OutputFormat.JSON);
        assertThat(args.flag(StandardOptions.DEBUG)).isTrue();
    }

    @Test
    void doubleDashEndsTheOptionsAndALoneDashIsAPath() {
        ParsedArgs args = parsed(CHECK, "-", "--", "--format", "-o", "--");
        assertThat(args.positionals()).containsExactly("-", "--format", "-o", "--");
        assertThat(args.value("--format")).isEmpty();
        assertThat(parsed(CHECK, "-o", "-").value("--output")).contains("-");
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        assertThat(parsed(CHECK, "--format", "SARIF").choice("--format", OutputFormat.values())).contains(OutputFormat.SARIF);
        assertThat(parsed(CHECK, "--fail-on=Warning").choice("--fail-on", FailThreshold.values())).contains(FailThreshold.WARNING);
        assertThat(parsed(CHECK, "--color", "NeVeR").choice("--color", ColorMode.values())).contains(ColorMode.NEVER);
    }

    @Test
    void badEnumValueNamesTheChoicesAndTheClosestOne() {
        UsageError error = error(CHECK, "--format", "jsn");
        assertThat(error.message()).isEqualTo(
                "Invalid value for option '--format': expected one of text, json, sarif, html, junit, gitlab, github, checkstyle"
                        + " but was 'jsn'; did you mean `json`?");
        assertThat(error.command()).isEqualTo("bulwark check");
        assertThat(error(CHECK, "--format", "xml").message()).endsWith("but was 'xml'");
    }

    @Test
    void integersAreValidated() {
        assertThat(parsed(CHECK, "--threads", "4").integer("--threads")).contains(4);
        assertThat(error(CHECK, "--threads", "0").message()).isEqualTo("--threads must be at least 1, not 0");
        assertThat(error(CHECK, "--threads", "-2").message()).isEqualTo("--threads must be at least 1, not -2");
        assertThat(error(CHECK, "--threads=many").message())
                .isEqualTo("Invalid value for option '--threads': 'many' is not a whole number");
        assertThat(error(CHECK, "--threads", "99999999999").message()).contains("is not a whole number");
    }

    @Test
    void unknownLongOptionGetsADidYouMean() {
        assertThat(error(CHECK, "--formt", "json").message()).isEqualTo("Unknown option: '--formt'; did you mean `--format`?");
        assertThat(error(CHECK, "--fail-no=error").message()).isEqualTo("Unknown option: '--fail-no'; did you mean `--fail-on`?");
        assertThat(error(CHECK, "--completely-different").message()).isEqualTo("Unknown option: '--completely-different'");
    }

    @Test
    void unknownShortOptionAndClusteredFlagsAreUnknown() {
        assertThat(error(CHECK, "-x").message()).isEqualTo("Unknown option: '-x'");
        assertThat(error(CHECK, "-hV").message()).isEqualTo("Unknown option: '-hV'");
    }

    @Test
    void missingValueAtTheEndOrBeforeAnotherOption() {
        assertThat(error(CHECK, "--format").message()).isEqualTo(
                "Missing value for option '--format' (text|json|sarif|html|junit|gitlab|github|checkstyle[:FILE])");
        assertThat(error(CHECK, "-o").message()).isEqualTo("Missing value for option '-o' (FILE)");
        assertThat(error(CHECK, "--config", "--format", "json").message()).isEqualTo("Missing value for option '--config' (FILE)");
        assertThat(error(CHECK, "--output", "-o", "x").message()).isEqualTo("Missing value for option '--output' (FILE)");
        assertThat(error(CHECK, "--select", "--").message()).startsWith("Missing value for option '--select'");
    }

    @Test
    void singleValuedOptionGivenTwiceIsAnError() {
        assertThat(error(CHECK, "--fail-on", "error", "--fail-on=info").message())
                .isEqualTo("Option '--fail-on' should be given only once");
        assertThat(error(CHECK, "-o", "a", "--output", "b").message()).isEqualTo("Option '--output' should be given only once");
    }

    @Test
    void repeatedOptionKeepsEveryValueWhole() {
        assertThat(parsed(CHECK, "--format", "json:a,b.json", "--format=text", "--import", "x.json", "--import", "y.json")
                .values("--format")).containsExactly("json:a,b.json", "text");
        assertThat(parsed(CHECK, "--import", "x.json", "--import", "y.json").values("--import"))
                .containsExactly("x.json", "y.json");
    }

    @Test
    void flagTakesNoValue() {
        assertThat(error(CHECK, "--debug=yes").message()).isEqualTo("Option '--debug' takes no value");
        assertThat(parsed(CHECK, "--debug", "--debug").flag(StandardOptions.DEBUG)).isTrue();
    }

    @Test
    void helpAndVersionWinOverMissingArguments() {
        assertThat(parse(ExplainCommand.SPEC, "--help")).isEqualTo(InfoRequest.HELP);
        assertThat(parse(ExplainCommand.SPEC, "-h")).isEqualTo(InfoRequest.HELP);
        assertThat(parse(CHECK, "--format", "json", "--version")).isEqualTo(InfoRequest.VERSION);
        assertThat(parse(CHECK, "-V")).isEqualTo(InfoRequest.VERSION);
        // After --, --help is a path.
        assertThat(parsed(CHECK, "--", "--help").positionals()).containsExactly("--help");
        // Parsing stops at the first problem, even if --help comes later.
        assertThat(parse(CHECK, "--formt", "--help")).isInstanceOf(UsageError.class);
        assertThat(error(CHECK, "--help=x").message()).isEqualTo("Option '--help' takes no value");
    }

    @Test
    void positionalArityIsChecked() {
        assertThat(parsed(ExplainCommand.SPEC, "DF001").positionals()).containsExactly("DF001");
        assertThat(error(ExplainCommand.SPEC).message()).isEqualTo("Missing required parameter: 'CODE|NAME'");
        UsageError extra = error(ExplainCommand.SPEC, "DF001", "DF002");
        assertThat(extra.message()).isEqualTo("Unexpected argument: 'DF002'");
        assertThat(extra.command()).isEqualTo("bulwark explain");
        assertThat(error(RulesCommand.SPEC, "extra").message()).isEqualTo("Unexpected argument: 'extra'");
    }

    @Test
    void aCommandWithSubcommandsStopsAtTheFirstWordAndKeepsTheRestVerbatim() {
        ParsedArgs args = parsed(BulwarkCommand.SPEC, "--debug", "check", "--formt", "-", "--", "x");
        assertThat(args.flag(StandardOptions.DEBUG)).isTrue();
        assertThat(args.positionals()).containsExactly("check", "--formt", "-", "--", "x");
        assertThat(parsed(BulwarkCommand.SPEC, "--", "--debug").positionals()).containsExactly("--debug");
        assertThat(parsed(BulwarkCommand.SPEC).positionals()).isEmpty();
        UsageError unknown = error(BulwarkCommand.SPEC, "--format", "json", "check");
        assertThat(unknown.message()).isEqualTo("Unknown option: '--format'");
        assertThat(unknown.command()).isEqualTo("bulwark");
    }

    @Test
    void parsedArgumentsAreImmutable() {
        ParsedArgs args = parsed(CHECK, "--select", "a", "p");
        assertThat(args.values("--select")).isUnmodifiable();
        assertThat(args.positionals()).isUnmodifiable();
    }
}
