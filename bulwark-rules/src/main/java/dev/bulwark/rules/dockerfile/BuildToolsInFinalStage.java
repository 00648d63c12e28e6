package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import dev.bulwark.shell.SimpleCommand;
import dev.bulwark.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compilers, build tools and development headers installed in the final image and not removed in
 * the same RUN; {@code git} when the image only uses it to fetch sources at build time.
 */
@RuleInfo(code = "DF020", name = "build-tools-in-final-stage", practice = Practice.MULTI_STAGE_BUILD,
        severity = Severity.WARNING,
        summary = "Compilers, build tools or `-dev` headers are installed in the final image and kept there.",
        fix = "Install them in a builder stage and copy only the built artifacts (wheels, binaries) into the final stage.")
public final class BuildToolsInFinalStage implements DockerfileRule {
    private static final Set<String> GIT_FETCHES = Set.of("clone", "fetch", "checkout", "submodule", "pull");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> last = ctx.model().finalStage();
        if (last.isEmpty() || ToolchainImages.finalRootIsToolchain(last.get())) {
            return;
        }
        StageChain chain = StageChain.of(last.get());
        if (!ShippedImage.of(ctx.model()).runsApplication()) {
            return;
        }
        List<Instruction> instructions = chain.instructions();
        if (BuildToolPurposes.isDevelopmentImage(ctx.source().path(), chain)
                || BuildToolPurposes.compilesCuda(ctx.model(), instructions)) {
            return;
        }
        boolean jitLibrary = BuildToolPurposes.installsJitLibrary(ctx.model(), instructions);
        for (BuildTools.KeptInstall kept : BuildTools.kept(ctx.model(), instructions)) {
            List<Package> leftovers = new ArrayList<>(kept.tools().size());
            for (Package tool : kept.tools()) {
                if (!BuildToolPurposes.isRuntimeJitTool(tool, kept.command().packages(), jitLibrary)) {
                    leftovers.add(tool);
                }
            }
            if (!leftovers.isEmpty()) {
                report(leftovers, sink);
            }
        }
        if (!gitAtRuntime(ctx, chain)) {
            for (Instruction instruction : instructions) {
                if (instruction instanceof RunInstruction run) {
                    gitOnlyForFetching(ctx, run, instructions, sink);
                }
            }
        }
    }

    private static void report(List<Package> tools, FindingSink sink) {
        TextRange range = tools.get(0).word().range().cover(tools.get(tools.size() - 1).word().range());
        StringBuilder names = new StringBuilder();
        for (Package p : tools) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append('`').append(p.word().value()).append('`');
        }
        sink.report(range, names + (tools.size() == 1 ? " is" : " are") + " installed in the final stage");
    }

    /** git installed here and, later in the image, used only to clone or fetch sources. */
    private static void gitOnlyForFetching(DockerfileContext ctx, RunInstruction run, List<Instruction> instructions,
                                           FindingSink sink) {
        for (PackageManagerCommand install : PackageManagerCommand.in(RunCommands.of(ctx.model(), run))) {
            if (!install.installs()) {
                continue;
            }
            Package git = firstNamed(install.packages(), "git");
            if (git != null && fetchesSources(ctx, instructions.subList(indexOf(instructions, run), instructions.size()))) {
                sink.report(git.word().range(), "`git` is installed in the final stage only to fetch sources");
            }
        }
    }

    private static Package firstNamed(List<Package> packages, String name) {
        for (Package p : packages) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    // By identity: an instruction equals only itself (its header holds its own line), and a
    // record's generated equals is slow to set up in a cold run.
    private static int indexOf(List<Instruction> instructions, Instruction instruction) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i) == instruction) {
                return i;
            }
        }
        return -1;
    }

    private static boolean fetchesSources(DockerfileContext ctx, List<Instruction> instructions) {
        for (Instruction instruction : instructions) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            for (SimpleCommand command : RunCommands.of(ctx.model(), run).commands()) {
                SimpleCommand c = command.effective();
                if (c.is("git") && isGitFetch(c.subcommand(Set.of("-C", "-c")))) {
                    return true;
                }
                if (ProgramNames.runsPip(c) && installsFromGit(c.arguments())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isGitFetch(Optional<Word> subcommand) {
        return subcommand.isPresent() && GIT_FETCHES.contains(subcommand.get().value());
    }

    private static boolean installsFromGit(List<Word> arguments) {
        for (Word w : arguments) {
            if (w.value().startsWith("git+")) {
                return true;
            }
        }
        return false;
    }

    // An image that starts git (or an entrypoint script we cannot see into) needs it at run time.
    private static boolean gitAtRuntime(DockerfileContext ctx, StageChain chain) {
        for (Instruction i : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.of(ctx.model(), i)) {
                if (inv.program().equals("git")) {
                    return true;
                }
            }
        }
        return false;
    }
}
