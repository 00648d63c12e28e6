package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.AddInstruction;
import dev.bulwark.dockerfile.syntax.ArgDeclaration;
import dev.bulwark.dockerfile.syntax.ArgInstruction;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.EnvInstruction;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.KeyValue;
import dev.bulwark.dockerfile.syntax.LabelInstruction;
import dev.bulwark.dockerfile.syntax.StopsignalInstruction;
import dev.bulwark.dockerfile.syntax.UserInstruction;
import dev.bulwark.dockerfile.syntax.VolumeInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.dockerfile.syntax.WorkdirInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A variable in an instruction the builder expands (spec 1.9; never RUN, CMD or ENTRYPOINT text)
 * that is undefined there, reported only when that is certainly a mistake: it is declared later
 * in the stage, or it is a near miss of a declared name. Other undefined names may come from the
 * base image's ENV, which a static audit cannot see.
 */
@RuleInfo(code = "DF095", name = "undefined-variable", practice = Practice.BUILDKIT,
        severity = Severity.WARNING,
        summary = "An expanded instruction uses a variable before it is declared, or a misspelt one.",
        fix = "Declare the ARG or ENV before the instruction that uses it, or correct the name.",
        aliases = {"UndefinedVar"})
public final class UndefinedVariable implements DockerfileRule {
    // Variables base images commonly set in their ENV: never suggested as typos.
    private static final Set<String> IMAGE_ENV = Set.of("PATH", "HOME", "LANG", "LC_ALL", "LANGUAGE",
            "LD_LIBRARY_PATH", "LIBRARY_PATH", "PYTHONPATH", "CPATH", "PKG_CONFIG_PATH", "JAVA_HOME", "CUDA_HOME",
            "CUDA_PATH", "CUDA_VERSION", "NODE_PATH", "GOPATH", "GOROOT", "CONDA_DIR", "MAMBA_ROOT_PREFIX",
            "PYTHON_VERSION", "NODE_VERSION", "USER", "SHELL", "TERM", "HOSTNAME", "PWD");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> instructions = stage.instructions();
            for (int i = 0; i < instructions.size(); i++) {
                Instruction instruction = instructions.get(i);
                for (Expanded text : expanded(instruction)) {
                    for (String name : Variables.undeclared(ctx.model(), instruction, text.raw())) {
                        Optional<String> why = why(name, ctx.model().variablesAt(instruction),
                                instructions.subList(i + 1, instructions.size()));
                        if (why.isPresent()) {
                            sink.report(text.range(), "`" + name + "` " + why.get());
                            break;
                        }
                    }
                }
            }
        }
    }

    private static Optional<String> why(String name, Map<String, ?> scope, List<Instruction> later) {
        if (IMAGE_ENV.contains(name)) {
            return Optional.empty();
        }
        for (Instruction next : later) {
            // `ENV X=…:$X` later appends to a value expected to exist already (from the base image).
            if (declares(next, name) && !appendsToItself(next, name)) {
                return Optional.of("is used before it is declared on line " + next.startLine());
            }
        }
        if (name.length() < 4) {
            return Optional.empty();
        }
        // The alphabetically first near miss, so the suggestion does not depend on map order.
        String nearest = null;
        for (String k : scope.keySet()) {
            if (k.length() >= 4 && !IMAGE_ENV.contains(k) && Variables.distance(k, name) <= Math.min(2, name.length() / 4)
                    && (nearest == null || k.compareTo(nearest) < 0)) {
                nearest = k;
            }
        }
        return nearest == null ? Optional.empty() : Optional.of("is not defined (did you mean `" + nearest + "`?)");
    }

    private static boolean declares(Instruction i, String name) {
        if (i instanceof ArgInstruction a) {
            for (ArgDeclaration d : a.declarations()) {
                if (d.name().equals(name)) {
                    return true;
                }
            }
        } else if (i instanceof EnvInstruction e) {
            for (KeyValue pair : e.pairs()) {
                if (pair.key().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean appendsToItself(Instruction i, String name) {
        if (!(i instanceof EnvInstruction e)) {
            return false;
        }
        for (KeyValue p : e.pairs()) {
            if (p.key().equals(name) && (p.value().contains("$" + name) || p.value().contains("${" + name))) {
                return true;
            }
        }
        return false;
    }

    private record Expanded(String raw, TextRange range) {
    }

    private static List<Expanded> expanded(Instruction i) {
        List<Expanded> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        if (i instanceof CopyInstruction c) {
            words.addAll(c.sources());
            addIfPresent(words, c.destination());
        } else if (i instanceof AddInstruction a) {
            words.addAll(a.sources());
            addIfPresent(words, a.destination());
        } else if (i instanceof ExposeInstruction e) {
            words.addAll(e.ports());
        } else if (i instanceof VolumeInstruction v) {
            words.addAll(v.paths());
        } else if (i instanceof UserInstruction u) {
            words.add(u.value());
        } else if (i instanceof WorkdirInstruction w) {
            words.add(w.value());
        } else if (i instanceof StopsignalInstruction s) {
            words.add(s.value());
        } else if (i instanceof EnvInstruction e) {
            for (KeyValue p : e.pairs()) {
                out.add(new Expanded(p.value(), p.valueRange()));
            }
        } else if (i instanceof LabelInstruction l) {
            for (KeyValue p : l.pairs()) {
                out.add(new Expanded(p.key() + "=" + p.value(), p.range()));
            }
        }
        for (Word w : words) {
            out.add(new Expanded(w.text(), w.range()));
        }
        return out;
    }

    private static void addIfPresent(List<Word> words, Optional<Word> word) {
        if (word.isPresent()) {
            words.add(word.get());
        }
    }
}
