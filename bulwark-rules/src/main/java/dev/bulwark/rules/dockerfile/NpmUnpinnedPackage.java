package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm install NAME} (global or not) without {@code @version}: git URLs without a
 * {@code #ref}, plain names and scoped names without a version float. Tarballs and folders are
 * fixed by their content.
 */
@RuleInfo(code = "DF068", name = "npm-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "`npm install` of a named package without a version.",
        fix = "Pin it: `npm install -g pnpm@9.4.0`; for the project itself use `npm ci` with a lock file.",
        aliases = {"DL3016"})
public final class NpmUnpinnedPackage implements DockerfileRule {
    private static final Set<String> INSTALL = Set.of("install", "i", "add");
    // npm options that take a value (npm-install(1), npm-config(7) common ones).
    private static final Set<String> VALUE_OPTIONS = Set.of("--prefix", "--registry", "--tag", "--omit", "--include",
            "--install-strategy", "--cache", "--userconfig", "--globalconfig", "-C", "--workspace", "-w", "--loglevel");
    private static final List<String> GIT_PREFIXES = List.of("git://", "git+ssh://", "git+http://", "git+https://");
    private static final List<String> PATH_PREFIXES = List.of("/", "./", "../", "~/");
    private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        for (RunCommands run : RunsInFile.of(ctx)) {
            for (SimpleCommand command : run.commands()) {
                SimpleCommand npm = command.effective();
                if (!npm.is("npm")) {
                    continue;
                }
                List<Word> positionals = npm.positionals(VALUE_OPTIONS);
                if (positionals.isEmpty() || !INSTALL.contains(positionals.get(0).literal().orElse(""))) {
                    continue;
                }
                List<Word> unpinned = new ArrayList<>();
                for (Word w : positionals.subList(1, positionals.size())) {
                    if (!w.hasExpansion() && !versionFixed(w.value())) {
                        unpinned.add(w);
                    }
                }
                if (!unpinned.isEmpty()) {
                    String more = unpinned.size() > 1 ? " and " + (unpinned.size() - 1) + " more" : "";
                    sink.report(unpinned.get(0).range().cover(unpinned.get(unpinned.size() - 1).range()),
                            "`" + unpinned.get(0).value() + "`" + more + " without a version in `npm "
                                    + positionals.get(0).value() + "`");
                }
            }
        }
    }

    // The same tests as hadolint DL3016.
    static boolean versionFixed(String pkg) {
        if (Text.startsWithAny(pkg, GIT_PREFIXES)) {
            return pkg.contains("#");
        }
        if (Text.endsWithAny(pkg, TARBALLS) || Text.startsWithAny(pkg, PATH_PREFIXES)) {
            return true;
        }
        String unscoped = pkg.startsWith("@") ? afterSlash(pkg).orElse("") : pkg;
        return unscoped.contains("@");
    }

    private static Optional<String> afterSlash(String pkg) {
        int slash = pkg.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(pkg.substring(slash + 1));
    }
}
