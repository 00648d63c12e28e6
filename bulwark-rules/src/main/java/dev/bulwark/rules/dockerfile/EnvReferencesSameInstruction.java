package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.List;
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
            List<KeyValue> pairs = env.pairs();
            for (int k = 0; k < pairs.size(); k++) {
                KeyValue pair = pairs.get(k);
                for (String name : ctx.model().expand(i, pair.value()).referenced()) {
                    int setter = otherSetter(pairs, name, k);
                    // An earlier pair's value is not seen (the old one is): a surprise unless that
                    // pair kept the value (`X=${X}`). A later pair's variable is read as it was,
                    // which is only wrong when it was unset.
                    if (setter >= 0 && setter < k && !keepsValue(ctx, i, pairs.get(setter), before.get(name))) {
                        sink.report(pair.valueRange(), "`" + pair.key() + "` reads `" + name
                                + "` from before this ENV, not the value set here");
                        break;
                    }
                    if (setter > k && !before.containsKey(name)) {
                        sink.report(pair.valueRange(), "`" + pair.key() + "` uses `" + name + "` from the same ENV");
                        break;
                    }
                }
            }
        }
    }

    private static boolean keepsValue(DockerfileContext ctx, Instruction env, KeyValue setter, Object before) {
        String raw = setter.value();
        String name = setter.key();
        if (raw.equals("$" + name) || raw.equals("${" + name + "}")) {
            return true;
        }
        return before instanceof Variable v && v.value().isPresent()
                && ctx.model().expand(env, raw).text().equals(v.value().get());
    }

    /** The pair other than {@code self} that sets {@code name}: the first one before it, else the first after; -1 if none. */
    private static int otherSetter(List<KeyValue> pairs, String name, int self) {
        int after = -1;
        for (int j = 0; j < pairs.size(); j++) {
            if (j != self && pairs.get(j).key().equals(name)) {
                if (j < self) {
                    return j;
                }
                if (after < 0) {
                    after = j;
                }
            }
        }
        return after;
    }
}
