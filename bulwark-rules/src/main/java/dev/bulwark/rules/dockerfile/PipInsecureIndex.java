package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Splits;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * pip told to skip TLS: {@code --trusted-host} (and {@code PIP_TRUSTED_HOST}), or an index or
 * find-links location over plain {@code http://}. Anyone on the path can then serve packages.
 */
@RuleInfo(code = "DF066", name = "pip-insecure-index", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "pip downloads packages without TLS verification (`--trusted-host` or an `http://` index).",
        fix = "Use an `https://` index with a valid certificate; give a private CA with `--cert` instead of `--trusted-host`.")
public final class PipInsecureIndex implements DockerfileRule {
    private static final Set<String> LOCATIONS = Set.of("index-url", "extra-index-url", "find-links");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Set<String> options = Set.of("trusted-host", "index-url", "extra-index-url", "find-links");
        Set<String> reported = new HashSet<>();
        for (PipConfig.Setting s : PipConfig.settings(ctx, options, true)) {
            // One finding per instruction and kind: `--trusted-host a --trusted-host b` is one decision.
            String kind = s.option().equals("trusted-host") ? "trusted" : "http";
            if (reported.contains(kind + "@" + s.instruction().range().start())) {
                continue;
            }
            if (s.option().equals("trusted-host") && !s.value().isBlank()) {
                reported.add(kind + "@" + s.instruction().range().start());
                sink.report(s.range(), "`" + s.written() + "` turns off TLS verification");
            } else if (LOCATIONS.contains(s.option()) && isPlainHttp(s.value())) {
                reported.add(kind + "@" + s.instruction().range().start());
                sink.report(s.range(), "`" + s.written() + "` points to a plain-HTTP index");
            }
        }
    }

    // PIP_*_URL may hold several space-separated locations.
    private static boolean isPlainHttp(String value) {
        for (String location : Splits.onWhitespace(value.trim())) {
            String l = location.toLowerCase(Locale.ROOT);
            if (l.startsWith("http://") && !isLoopback(l.substring("http://".length()))) {
                return true;
            }
        }
        return false;
    }

    // A loopback index (a sidecar devpi during the build) never leaves the machine.
    private static boolean isLoopback(String rest) {
        String hostPort = withoutUserInfo(rest);
        return hostPort.startsWith("localhost") || hostPort.startsWith("127.") || hostPort.startsWith("[::1]");
    }

    /** {@code rest.replaceFirst("^[^@/]*@", "")}: the URL after {@code user:password@}, if it has one. */
    static String withoutUserInfo(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '@') {
                return rest.substring(i + 1);
            }
            if (c == '/') {
                break;
            }
        }
        return rest;
    }
}
