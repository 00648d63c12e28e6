package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeMapping;
import dev.bulwark.compose.ComposeNode;
import dev.bulwark.compose.ComposeScalar;
import dev.bulwark.compose.Service;
import dev.bulwark.compose.VolumeMount;
import dev.bulwark.compose.VolumeType;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.core.TextRange;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.SpanSink;
import dev.bulwark.rules.secrets.CredentialFiles;
import java.util.Optional;

/**
 * A bind mount of the host user's own credentials into a service: {@code ~/.aws},
 * {@code ~/.ssh}, {@code ~/.kube/config}, {@code ~/.docker/config.json}, {@code ~/.config/gcloud},
 * {@code ~/.azure}, {@code ~/.netrc}, {@code ~/.git-credentials}, {@code ~/.huggingface/token},
 * {@code ~/.kaggle}... ({@link CredentialFiles}), written from the home directory ({@code ~},
 * {@code $HOME}, {@code /root}, {@code /home/<user>}). The container then holds every account
 * those files open, not the one secret it needs. Project files (a TLS key beside the Compose file)
 * and caches such as {@code ~/.cache/huggingface} are not reported.
 */
@RuleInfo(code = "DC045", name = "host-credentials-mounted", practice = Practice.SECRET_MANAGEMENT,
        severity = Severity.WARNING,
        summary = "The host user's credentials (`~/.aws`, `~/.ssh`, `~/.kube/config`...) are bind-mounted into a service.",
        fix = "Grant the one credential the service needs as a Compose secret (a dedicated key or token), not the host's credential store.")
public final class HostCredentialsMounted implements ComposeRule {
    private static final String[] HOME_VARIABLES = {"${HOME}", "$HOME"};

    @Override
    public void check(ComposeContext ctx, SpanSink sink) {
        for (Service service : ctx.project().services()) {
            for (VolumeMount volume : service.volumes()) {
                if (volume.type() != VolumeType.BIND) {
                    continue;
                }
                Optional<String> home = homePath(written(volume));
                if (home.isEmpty()) {
                    continue;
                }
                Optional<String> credential = CredentialFiles.describe(home.get());
                if (credential.isPresent()) {
                    ServiceFindings.report(sink, service, withHomeVariable(volume.sourceSpan()), credential.get()
                            + " of the host mounted into `" + service.name() + "`");
                }
            }
        }
    }

    /** The source as written, before interpolation: {@code ${HOME}/.aws}. */
    private static String written(VolumeMount volume) {
        ComposeNode node = volume.node();
        if (node instanceof ComposeScalar s) {
            return s.raw();
        }
        if (node instanceof ComposeMapping m) {
            Optional<ComposeScalar> source = m.nonNullScalar("source");
            if (source.isPresent()) {
                return source.get().raw();
            }
        }
        return volume.sourceSpan().text();
    }

    /** The source's span, widened to the {@code $HOME} or {@code ${HOME}} written before it when the cut left it out. */
    private static Span withHomeVariable(Span source) {
        String text = source.source().text();
        int start = source.range().start();
        for (String prefix : HOME_VARIABLES) {
            int from = start - prefix.length();
            if (from >= 0 && text.startsWith(prefix, from)) {
                return new Span(source.source(), new TextRange(from, source.range().end()));
            }
        }
        return source;
    }

    /**
     * The path as {@code ~/...} when it is written from a home directory; empty otherwise. The
     * text is the source as written (a variable such as {@code $HOME} is set by every shell, even
     * when the project's {@code .env} does not have it).
     */
    static Optional<String> homePath(String written) {
        String source = written.strip();
        if (source.length() >= 2 && (source.charAt(0) == '"' || source.charAt(0) == '\'')) {
            source = source.substring(1);
        }
        String rest;
        if (source.startsWith("~/")) {
            rest = source.substring(2);
        } else if (source.startsWith("$HOME/")) {
            rest = source.substring(6);
        } else if (source.startsWith("${HOME}/")) {
            rest = source.substring(8);
        } else if (source.startsWith("/root/")) {
            rest = source.substring(6);
        } else if (source.startsWith("/home/") && source.indexOf('/', 6) > 6) {
            rest = source.substring(source.indexOf('/', 6) + 1);
        } else {
            return Optional.empty();
        }
        int end = rest.indexOf(':');
        if (end >= 0) {
            rest = rest.substring(0, end);
        }
        while (rest.endsWith("/") || rest.endsWith("\"") || rest.endsWith("'")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.isEmpty() ? Optional.<String>empty() : Optional.of("~/" + rest);
    }
}
