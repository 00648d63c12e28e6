package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.dockerfile.syntax.Word;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shipped image installs an SSH server ({@code openssh-server}, Alpine's {@code openssh},
 * {@code dropbear}) or exposes port 22. Containers are entered with {@code docker exec} /
 * {@code kubectl exec}; an sshd is one more daemon, with keys and passwords, to attack.
 */
@RuleInfo(code = "DF061", name = "ssh-server-in-image", practice = Practice.SECURITY,
        severity = Severity.WARNING,
        summary = "The image installs an SSH server or exposes port 22.",
        fix = "Remove the SSH server; use `docker exec` or `kubectl exec` to get a shell in the container.")
public final class SshServerInImage implements DockerfileRule {
    private static final Set<String> SERVERS = Set.of("openssh-server", "dropbear", "dropbear-bin", "tinysshd");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> finalStage = ctx.model().finalStage();
        if (finalStage.isEmpty()) {
            return;
        }
        boolean installed = false;
        List<Word> port22 = new ArrayList<>();
        for (Instruction instruction : StageChain.of(finalStage.get()).instructions()) {
            if (instruction instanceof RunInstruction run) {
                for (PackageManagerCommand install : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
                    for (Package p : install.installedPackages()) {
                        // Alpine's `openssh` is client and server; elsewhere it is only a meta name.
                        boolean alpineServer = p.name().equals("openssh") && install.program().equals("apk");
                        if (SERVERS.contains(p.name()) || alpineServer) {
                            sink.report(p.word().range(), "SSH server `" + p.name() + "` installed");
                            installed = true;
                        }
                    }
                }
            } else if (instruction instanceof ExposeInstruction expose) {
                for (Word port : expose.ports()) {
                    Expansion e = ctx.model().expand(expose, port.text());
                    String value = e.text();
                    if (value.equals("22") || value.equals("22/tcp")) {
                        port22.add(port);
                    }
                }
            }
        }
        // EXPOSE 22 next to an installed server is the same finding; alone, the server comes from the base.
        if (!installed) {
            for (Word port : port22) {
                sink.report(port.range(), "port 22 (SSH) exposed");
            }
        }
    }
}
