package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.Map;

/**
 * {@code ENV A=/opt B=$A/bin}: every reference in one ENV sees the values from before it (spec
 * 1.9), so B does not see the new A. Reported when the name was not defined before the ENV, so the
 * reference expands to nothing; {@code ENV PATH=$PATH:/x} and other self-references are fine.
 */
@RuleInfo(code = "DF116", name = "env-references-same-instruction", practice = Practice.CORRECTNESS,
        severity = Severity.ERROR,
        summary = "An ENV value refers to a variable set in the same ENV instruction, which it does not see yet.",
        fix = "Split the ENV: define the referenced variable in an earlier ENV.",
        aliases = {"DL3044"})
public final class EnvReferencesSameInstruction implements DockerfileRule {

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction i : ctx.dockerfile().instructions()) {
            if (!(i instanceof EnvInstruction env) || env.pairs().size() < 2 || ctx.model().stageOf(i).isEmpty()) {
                continue;
            }
            Map<String, ?> before = ctx.model().variablesAt(i);
            for (KeyValue pair : env.pairs()) {
                for (String name : ctx.model().expand(i, pair.value()).referenced()) {
                    if (!name.equals(pair.key()) && !before.containsKey(name) && sets(env, name)) {
                        sink.report(pair.valueRange(), "`" + pair.key() + "` uses `" + name + "` from the same ENV");
                        break;
                    }
                }
            }
        }
    }

    private static boolean sets(EnvInstruction env, String name) {
        for (KeyValue pair : env.pairs()) {
            if (pair.key().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
