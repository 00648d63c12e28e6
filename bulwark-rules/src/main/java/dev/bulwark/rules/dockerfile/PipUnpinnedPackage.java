package dev.bulwark.rules.dockerfile;

import dev.bulwark.rules.Text;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pip install NAME} with no version specifier. Requirement files, constraint files, local
 * paths, URLs, VCS links and archives are not names; the packaging tools ({@code pip},
 * {@code setuptools}, {@code wheel}, {@code setuptools-scm}, {@code build} by default) may float,
 * and so may nightlies, which float by design ({@code *-nightly} projects, {@code --pre} from a nightly index).
 */
@RuleInfo(code = "DF067", name = "pip-unpinned-package", practice = Practice.DEPENDENCY_SCANNING,
        severity = Severity.WARNING,
        summary = "`pip install` of a package without a version, so every build may get a different release.",
        fix = "Pin the version (`pip install torch==2.3.1`) or install from a pinned requirements or constraints file.")
public final class PipUnpinnedPackage implements DockerfileRule {
    private static final List<String> ARCHIVES = List.of(".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2", ".tar.xz");

    @Override
    public List<RuleOption> options() {
        return List.of(RuleOption.stringList("allow-unpinned", List.of("pip", "setuptools", "wheel",
                        "setuptools-scm", "build"),
                "Packages that may be installed without a version (the packaging tools by default)."));
    }

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Set<String> allowed = new HashSet<>();
        for (String name : ctx.options().stringList("allow-unpinned")) {
            allowed.add(normalize(name));
        }
        for (RunCommands run : RunsInFile.of(ctx)) {
            // Projects an earlier pip install of this RUN pinned (`torch==2.3.1`, a wheel or
            // archive file or URL): a later unpinned install of them finds them installed.
            Set<String> pinned = new HashSet<>();
            for (SimpleCommand command : run.commands()) {
                Optional<PipCommand> pip = PipCommand.of(command);
                if (pip.isPresent() && pip.get().isInstall()) {
                    boolean reinstalls = pip.get().hasFlag("-U", "--upgrade", "--force-reinstall", "-I",
                            "--ignore-installed");
                    checkPip(pip.get(), allowed, reinstalls ? Set.of() : pinned, sink);
                    addPinned(pip.get(), pinned);
                }
            }
        }
    }

    private static void checkPip(PipCommand pip, Set<String> allowed, Set<String> pinned, FindingSink sink) {
        // A requirements or constraints file decides the versions (hadolint DL3013 does the same).
        if (pip.hasFlag("-r", "--requirement", "-c", "--constraint") || installsNightlies(pip)) {
            return;
        }
        List<Word> unpinned = new ArrayList<>();
        for (Word target : pip.targets()) {
            if (target.hasExpansion()) {
                continue;
            }
            String spec = target.value().trim();
            if (spec.equals(".")) {
                return;
            }
            String project = normalize(withoutExtras(spec));
            // `tf-nightly`, `torchserve-nightly`: a project published to float, one release a day.
            boolean nightlyProject = project.endsWith("-nightly");
            if (isName(spec) && !allowed.contains(project) && !pinned.contains(project)
                    && !isArchive(spec) && !nightlyProject) {
                unpinned.add(target);
            }
        }
        if (!unpinned.isEmpty()) {
            Word first = unpinned.get(0);
            String more = unpinned.size() > 1 ? " and " + (unpinned.size() - 1) + " more" : "";
            sink.report(first.range().cover(unpinned.get(unpinned.size() - 1).range()),
                    "`" + first.value() + "`" + more + " without a version in `" + pip.display() + "`");
        }
    }

    /**
     * {@code pip install --pre torch --index-url …/whl/nightly/cu121}: tracking the latest nightly
     * on purpose; a pin would stop it and expire with the nightly index's retention.
     */
    private static boolean installsNightlies(PipCommand pip) {
        if (!pip.hasFlag("--pre")) {
            return false;
        }
        for (Word index : pip.effective().flagValues(PipCommand.VALUE_OPTIONS, "-i", "--index-url",
                "--extra-index-url", "-f", "--find-links")) {
            if (index.value().toLowerCase(Locale.ROOT).contains("nightly")) {
                return true;
            }
        }
        return false;
    }

    /** Adds the projects this install pins: exact `==` versions, direct references and archive files. */
    private static void addPinned(PipCommand pip, Set<String> pinned) {
        for (Word target : pip.targets()) {
            if (target.hasExpansion()) {
                continue;
            }
            String spec = target.value().trim();
            int at = spec.indexOf(" @ ");
            int exact = spec.indexOf("==");
            if (at > 0) {
                pinned.add(normalize(withoutExtras(spec.substring(0, at).trim())));
            } else if (exact > 0 && spec.indexOf(',') < 0 && spec.indexOf('*', exact) < 0) {
                pinned.add(normalize(withoutExtras(spec.substring(0, exact).trim())));
            } else if (isArchive(spec)) {
                Optional<String> project = archiveProject(spec);
                if (project.isPresent()) {
                    pinned.add(project.get());
                }
            }
        }
    }

    /**
     * The project an archive's file name carries: a wheel is {@code name-version-…whl} (PEP 427,
     * with {@code _} for {@code -} in the name), an sdist {@code name-version.tar.gz}.
     */
    static Optional<String> archiveProject(String spec) {
        String file = Text.fileName(Urls.withoutQuery(spec));
        int dash = -1;
        for (int i = 0; i + 1 < file.length(); i++) {
            if (file.charAt(i) == '-' && Character.isDigit(file.charAt(i + 1))) {
                dash = i;
                break;
            }
        }
        return dash > 0 ? Optional.of(normalize(file.substring(0, dash))) : Optional.empty();
    }

    // `model-1.0-py3-none-any.whl`, also with extras after the file name (`client-2.35.0-py3-none-any.whl[all]`).
    private static boolean isArchive(String spec) {
        String lower = spec.toLowerCase(Locale.ROOT);
        int extras = lower.endsWith("]") ? lower.lastIndexOf('[') : -1;
        return Text.endsWithAny(extras > 0 ? lower.substring(0, extras) : lower, ARCHIVES);
    }

    // PEP 503 name normalisation: runs of `-`, `_` and `.` are one `-`. By hand, as
    // Pattern.compile("[-_.]+").matcher(lower).replaceAll("-") was: every check of a file runs it.
    static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean separator = c == '-' || c == '_' || c == '.';
            if (!separator) {
                out.append(c);
            } else if (!inRun) {
                out.append('-');
            }
            inRun = separator;
        }
        return out.toString();
    }

    /**
     * PEP 508: a project name, then optional extras, and nothing else (no specifier). As
     * {@code [A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:\[[^\]]*\])?}, matched by hand.
     */
    static boolean isName(String spec) {
        int bracket = spec.indexOf('[');
        int end = bracket < 0 ? spec.length() : bracket;
        if (end == 0 || !isAsciiAlphanumeric(spec.charAt(0)) || !isAsciiAlphanumeric(spec.charAt(end - 1))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = spec.charAt(i);
            if (!isAsciiAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        // Extras: `[` up to the first `]`, which must end the spec.
        return bracket < 0 || spec.indexOf(']', bracket) == spec.length() - 1;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    // `torch[cuda]` names the project `torch`.
    private static String withoutExtras(String spec) {
        int bracket = spec.indexOf('[');
        return bracket < 0 ? spec : spec.substring(0, bracket);
    }
}
