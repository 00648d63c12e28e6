package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.model.Variable;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Mount;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import dev.bulwark.shell.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A login command in RUN given its credential on the command line, written literally or from an
 * ARG/ENV: {@code huggingface-cli login --token}, {@code hf auth login --token},
 * {@code wandb login KEY}, {@code docker login -p}, {@code aws configure set aws_secret_access_key},
 * {@code npm config set //…/:_authToken}, {@code poetry config http-basic.…}. The command line, with
 * build arguments, is recorded in the image history and build logs. A credential read from a
 * secret mount ({@code $(cat /run/secrets/…)}, {@code --mount=type=secret,env=…}) passes.
 */
@RuleInfo(code = "DF056", name = "credential-on-login-command-line", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.ERROR,
        summary = "A login command in RUN gets its token or password on the command line.",
        fix = "Read the credential from a secret mount: `RUN --mount=type=secret,id=hf,env=HF_TOKEN …` (the CLIs read `HF_TOKEN`, `WANDB_API_KEY`).")
public final class LoginCredentialOnCommandLine implements DockerfileRule {
    private static final Set<String> DOCKER_VALUES = Set.of("-u", "--username", "-p", "--password");
    private static final Set<String> HF_VALUES = Set.of("--token");
    private static final Set<String> WANDB_VALUES = Set.of("--host");
    private static final Set<String> AWS_SECRET_KEYS = Set.of("aws_secret_access_key", "aws_session_token");

    /** A credential argument and the command it was given to, for messages. */
    private record Given(String command, Word value) {
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (Instruction instruction : ctx.dockerfile().instructions()) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            Map<String, Variable> scope = ctx.model().variablesAt(run);
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                for (Given given : credentials(command.effective())) {
                    judge(run, scope, given, sink);
                }
            }
        }
    }

    private static void judge(RunInstruction run, Map<String, Variable> scope, Given given, FindingSink sink) {
        Word value = given.value();
        if (!value.hasExpansion()) {
            if (!value.value().isEmpty()) {
                sink.reportSecret(value.range(), "`" + given.command() + "` with a credential written in the command",
                        List.of(value.range()));
            }
            return;
        }
        List<WordPart> parts = flatten(value.parts());
        if (hasSubstitution(parts)) {
            return;
        }
        for (WordPart part : parts) {
            if (part instanceof WordPart.ParameterExpansion p && !secretMountEnv(run, p.name())) {
                Variable v = scope.get(p.name());
                if (v != null && v.kind() != Variable.Kind.PREDEFINED) {
                    sink.report(value.range(), "`" + given.command() + "` with the credential from " + v.kind()
                            + " `" + p.name() + "`");
                    return;
                }
            }
        }
    }

    private static boolean hasSubstitution(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.CommandSubstitution || part instanceof WordPart.ProcessSubstitution) {
                return true;
            }
        }
        return false;
    }

    private static boolean secretMountEnv(RunInstruction run, String name) {
        for (Mount m : run.mounts()) {
            if (m.isSecret() && (name.equals(m.env().orElse(null)) || name.equals(m.id().orElse(null)))) {
                return true;
            }
        }
        return false;
    }

    private static List<WordPart> flatten(List<WordPart> parts) {
        List<WordPart> out = new ArrayList<>();
        for (WordPart part : parts) {
            if (part instanceof WordPart.DoubleQuoted q) {
                out.addAll(flatten(q.parts()));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static List<Given> credentials(SimpleCommand c) {
        List<Word> args = c.positionals(Set.of("--token", "--host", "-u", "--username", "-p", "--password",
                "--profile", "--region", "--location"));
        String first = args.isEmpty() ? "" : args.get(0).value();
        String second = args.size() > 1 ? args.get(1).value() : "";
        List<Given> out = new ArrayList<>();
        if (c.is("huggingface-cli") && first.equals("login")) {
            addGiven(out, "huggingface-cli login", c.flagValue(HF_VALUES, "--token"));
        } else if (c.is("hf") && first.equals("auth") && second.equals("login")) {
            addGiven(out, "hf auth login", c.flagValue(HF_VALUES, "--token"));
        } else if (c.is("wandb") && first.equals("login")) {
            List<Word> keys = c.positionals(WANDB_VALUES);
            if (keys.size() > 1) {
                out.add(new Given("wandb login", keys.get(1)));
            }
        } else if (c.is("docker", "podman", "nerdctl", "buildah", "skopeo") && first.equals("login")) {
            addGiven(out, c.baseName().orElse("docker") + " login", c.flagValue(DOCKER_VALUES, "-p", "--password"));
        } else if (c.is("aws") && first.equals("configure") && second.equals("set") && args.size() > 3
                && AWS_SECRET_KEYS.contains(args.get(2).value().toLowerCase(java.util.Locale.ROOT))) {
            out.add(new Given("aws configure set " + args.get(2).value(), args.get(3)));
        } else if (c.is("npm", "yarn", "pnpm") && first.equals("config") && second.equals("set") && args.size() > 3
                && (args.get(2).value().endsWith("_authToken") || args.get(2).value().endsWith("_password")
                || args.get(2).value().endsWith("_auth"))) {
            out.add(new Given(c.baseName().orElse("npm") + " config set", args.get(3)));
        } else if (c.is("poetry") && first.equals("config") && args.size() > 2) {
            Optional<Word> secret = second.startsWith("http-basic.") && args.size() > 3 ? Optional.of(args.get(3))
                    : second.startsWith("pypi-token.") ? Optional.of(args.get(2)) : Optional.empty();
            addGiven(out, "poetry config " + second, secret);
        }
        return out;
    }

    private static void addGiven(List<Given> out, String command, Optional<Word> value) {
        if (value.isPresent()) {
            out.add(new Given(command, value.get()));
        }
    }
}
