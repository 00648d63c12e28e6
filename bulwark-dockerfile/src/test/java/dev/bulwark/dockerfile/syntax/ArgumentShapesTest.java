package dev.bulwark.dockerfile.syntax;

import static dev.bulwark.dockerfile.syntax.Fixtures.execValues;
import static dev.bulwark.dockerfile.syntax.Fixtures.messages;
import static dev.bulwark.dockerfile.syntax.Fixtures.only;
import static dev.bulwark.dockerfile.syntax.Fixtures.parse;
import static dev.bulwark.dockerfile.syntax.Fixtures.shellText;
import static dev.bulwark.dockerfile.syntax.Fixtures.slice;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.dockerfile.Dockerfile;
import org.junit.jupiter.api.Test;

/** Spec 1.6: the argument shape of each instruction. */
class ArgumentShapesTest {

    @Test
    void spec1_6_execFormDecodesJsonWithRanges() {
        Dockerfile file = parse("FROM a\nCMD [\"python\", \"-c\", \"print(\\\"x\\\\y\\\")\", \"\\u00e9\"]\n");
        CmdInstruction cmd = only(file, CmdInstruction.class);
        assertThat(execValues(cmd.command())).containsExactly("python", "-c", "print(\"x\\y\")", "\u00e9");
        ExecForm exec = (ExecForm) cmd.command();
        assertThat(slice(file, exec.args().get(1).range())).isEqualTo("\"-c\"");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_6_execFormAcrossContinuationLines() {
        Dockerfile file = parse("FROM a\nENTRYPOINT [\"a\", \\\n  \"b\"]\n");
        ExecForm exec = (ExecForm) only(file, EntrypointInstruction.class).command();
        assertThat(exec.values()).containsExactly("a", "b");
        assertThat(file.source().location(exec.args().get(1).range()).line()).isEqualTo(3);
    }

    @Test
    void spec1_6_invalidJsonFallsBackToShellForm() {
        assertThat(shellText(only(parse("FROM a\nCMD ['echo','x']\n"), CmdInstruction.class).command()))
                .isEqualTo("['echo','x']");
        assertThat(shellText(only(parse("FROM a\nCMD [\"a\", \"b\"\n"), CmdInstruction.class).command()))
                .isEqualTo("[\"a\", \"b\"");
        assertThat(shellText(only(parse("FROM a\nCMD [\"a\"] x\n"), CmdInstruction.class).command()))
                .isEqualTo("[\"a\"] x");
        assertThat(shellText(only(parse("FROM a\nRUN \"[\\\"a\\\"]\"\n"), RunInstruction.class).command()))
                .isEqualTo("\"[\\\"a\\\"]\"");
        assertThat(shellText(only(parse("FROM a\nCMD [\"a\\qb\"]\n"), CmdInstruction.class).command()))
                .isEqualTo("[\"a\\qb\"]");
    }

    @Test
    void spec1_6_nonStringElementsAreAProblem() {
        Dockerfile file = parse("FROM a\nCMD [\"a\", 1, null, [\"b\"], {\"k\": true}]\n");
        assertThat(messages(file)).containsExactly("when using JSON array syntax, arrays must be comprised of strings only");
        assertThat(only(file, CmdInstruction.class).command()).isInstanceOf(ExecForm.class);
        assertThat(slice(file, file.problems().get(0).range())).startsWith("[").endsWith("]");
    }

    @Test
    void spec1_6_emptyExecFormAndShell() {
        assertThat(execValues(only(parse("FROM a\nCMD []\n"), CmdInstruction.class).command())).isEmpty();
        Dockerfile shell = parse("FROM a\nSHELL [\"powershell\", \"-command\"]\n");
        assertThat(only(shell, ShellInstruction.class).values()).containsExactly("powershell", "-command");
        assertThat(messages(parse("FROM a\nSHELL []\n"))).containsExactly("SHELL requires at least one argument");
        assertThat(messages(parse("FROM a\nSHELL powershell -command\n")))
                .containsExactly("SHELL requires the arguments to be in JSON form");
    }

    @Test
    void spec1_6_copyAddVolumeSplitOnWhitespaceWithoutQuoteHandling() {
        Dockerfile file = parse("FROM a\nCOPY \"my file\" /dst/\nADD [\"my file\", \"/d\"]\nVOLUME /a \"/b c\"\n");
        CopyInstruction copy = only(file, CopyInstruction.class);
        assertThat(copy.sources()).extracting(Word::text).containsExactly("\"my", "file\"");
        assertThat(copy.json()).isFalse();
        AddInstruction add = only(file, AddInstruction.class);
        assertThat(add.json()).isTrue();
        assertThat(add.sources()).extracting(Word::text).containsExactly("my file");
        assertThat(slice(file, add.sources().get(0).range())).isEqualTo("\"my file\"");
        assertThat(add.destination().orElseThrow().text()).isEqualTo("/d");
        assertThat(only(file, VolumeInstruction.class).paths()).extracting(Word::text).containsExactly("/a", "\"/b", "c\"");
    }

    @Test
    void spec1_6_fromAndExposeAreWhitespaceLists() {
        Dockerfile file = parse("FROM  python:3.12\tAS  build\nEXPOSE 80/tcp 443\n");
        FromInstruction from = only(file, FromInstruction.class);
        assertThat(from.image().text()).isEqualTo("python:3.12");
        assertThat(from.stageName().orElseThrow().text()).isEqualTo("build");
        assertThat(slice(file, from.asKeywordRange().orElseThrow())).isEqualTo("AS");
        assertThat(only(file, ExposeInstruction.class).ports()).extracting(Word::text).containsExactly("80/tcp", "443");
    }

    @Test
    void spec1_6_envAndLabelPairsKeepQuotes() {
        Dockerfile file = parse("FROM a\nENV A=\"x y\" B='$V' C=a\\ b\nLABEL \"k 1\"=v\n");
        EnvInstruction env = only(file, EnvInstruction.class);
        assertThat(env.pairs()).extracting(KeyValue::key).containsExactly("A", "B", "C");
        assertThat(env.pairs()).extracting(KeyValue::value).containsExactly("\"x y\"", "'$V'", "a\\ b");
        assertThat(slice(file, env.pairs().get(0).valueRange())).isEqualTo("\"x y\"");
        assertThat(slice(file, env.pairs().get(1).keyRange())).isEqualTo("B");
        assertThat(only(file, LabelInstruction.class).pairs().get(0).key()).isEqualTo("\"k 1\"");
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_6_legacyEnvFormTakesTheRestVerbatim() {
        Dockerfile file = parse("FROM a\nENV ONE TWO= THREE=world\n");
        KeyValue kv = only(file, EnvInstruction.class).pairs().get(0);
        assertThat(kv.legacyForm()).isTrue();
        assertThat(kv.key()).isEqualTo("ONE");
        assertThat(kv.value()).isEqualTo("TWO= THREE=world");
        assertThat(slice(file, kv.valueRange())).isEqualTo("TWO= THREE=world");
    }

    @Test
    void spec1_6_envErrors() {
        assertThat(messages(parse("FROM a\nENV A=1 B\n")))
                .containsExactly("Syntax error - can't find = in \"B\". Must be of the form: name=value");
        assertThat(messages(parse("FROM a\nENV ONLYKEY\n"))).containsExactly("ENV must have two arguments");
        assertThat(messages(parse("FROM a\nLABEL =v\n"))).containsExactly("LABEL names can not be blank");
        assertThat(messages(parse("FROM a\nENV\n"))).containsExactly("ENV requires at least one argument");
    }

    @Test
    void spec1_6_argDeclarations() {
        Dockerfile file = parse("ARG A B=2 C=\"x y\"\nFROM a\n");
        ArgInstruction arg = only(file, ArgInstruction.class);
        assertThat(arg.declarations()).extracting(ArgDeclaration::name).containsExactly("A", "B", "C");
        assertThat(arg.declarations().get(0).defaultValue()).isEmpty();
        assertThat(arg.declarations().get(2).defaultValue()).contains("\"x y\"");
        assertThat(slice(file, arg.declarations().get(1).defaultRange())).isEqualTo("2");
        assertThat(messages(parse("ARG =x\nFROM a\n"))).containsExactly("ARG names can not be blank");
        assertThat(messages(parse("ARG\nFROM a\n"))).containsExactly("ARG requires at least one argument");
    }

    @Test
    void spec1_6_rawStringInstructions() {
        Dockerfile file = parse("FROM a\nWORKDIR /a b\nUSER app:app\nSTOPSIGNAL SIGKILL\nMAINTAINER Jane <j@x>\n");
        assertThat(only(file, WorkdirInstruction.class).value().text()).isEqualTo("/a b");
        assertThat(only(file, UserInstruction.class).value().text()).isEqualTo("app:app");
        assertThat(only(file, StopsignalInstruction.class).value().text()).isEqualTo("SIGKILL");
        assertThat(only(file, MaintainerInstruction.class).value().text()).isEqualTo("Jane <j@x>");
        assertThat(messages(parse("FROM a\nUSER\n"))).containsExactly("USER requires exactly one argument");
    }

    @Test
    void spec1_6_healthcheckTypeThenMaybeJson() {
        Dockerfile file = parse("FROM a\nHEALTHCHECK --interval=30s --retries=3 CMD [\"curl\", \"-f\", \"x\"]\n");
        HealthcheckInstruction hc = only(file, HealthcheckInstruction.class);
        assertThat(hc.type().orElseThrow().text()).isEqualTo("CMD");
        assertThat(execValues(hc.command().orElseThrow())).containsExactly("curl", "-f", "x");
        assertThat(hc.isNone()).isFalse();
        Dockerfile none = parse("FROM a\nhealthcheck none\n");
        assertThat(only(none, HealthcheckInstruction.class).isNone()).isTrue();
        assertThat(file.problems()).isEmpty();
        assertThat(none.problems()).isEmpty();
    }

    @Test
    void spec1_6_onbuildParsesItsTrigger() {
        Dockerfile file = parse("FROM a\nONBUILD COPY --from=b src /dst\n");
        OnbuildInstruction onbuild = only(file, OnbuildInstruction.class);
        Instruction trigger = onbuild.trigger().orElseThrow();
        assertThat(trigger).isInstanceOf(CopyInstruction.class);
        assertThat(trigger.flag("from").orElseThrow().valueOrEmpty()).isEqualTo("b");
        assertThat(slice(file, trigger.keywordRange())).isEqualTo("COPY");
        assertThat(file.tokens()).filteredOn(t -> t.kind() == TokenKind.KEYWORD).hasSize(3);
        assertThat(file.problems()).isEmpty();
    }

    @Test
    void spec1_6_unknownInstructionIsKeptAndReported() {
        Dockerfile file = parse("FROM a\nRUNN echo\nFOO bar\n");
        assertThat(file.instructions().get(1)).isInstanceOf(UnknownInstruction.class);
        assertThat(file.instructions().get(1).keyword()).isEqualTo("RUNN");
        assertThat(messages(file)).containsExactly("unknown instruction: RUNN (did you mean RUN?)",
                "unknown instruction: FOO");
        assertThat(slice(file, file.problems().get(0).range())).isEqualTo("RUNN");
    }
}
