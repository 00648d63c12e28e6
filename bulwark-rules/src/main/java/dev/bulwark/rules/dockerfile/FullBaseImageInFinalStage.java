package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.LazyPattern;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.dockerfile.image.ImageName;
import dev.bulwark.dockerfile.model.FromReference;
import dev.bulwark.dockerfile.model.FromTarget;
import dev.bulwark.dockerfile.model.Stage;
import dev.bulwark.dockerfile.syntax.CopyInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.RuleInfo;
import dev.bulwark.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The final image is built on the full variant of an official image that has a smaller one:
 * {@code python}, {@code node}, {@code ruby} without {@code -slim}/{@code -alpine}; an
 * {@code openjdk} or {@code eclipse-temurin} JDK where nothing needs more than a JRE; {@code debian}
 * or {@code ubuntu} for a stage that only runs artifacts copied from a build stage.
 */
@RuleInfo(code = "DF018", name = "full-base-image-in-final-stage", practice = Practice.MINIMAL_BASE_IMAGE,
        severity = Severity.INFO,
        summary = "The final stage uses the full variant of an image that has a slim, alpine, JRE or distroless counterpart.",
        fix = "Use the smaller variant the message names (`python:3.12.4-slim`, `eclipse-temurin:21-jre`), building in an earlier stage if needed.")
public final class FullBaseImageInFinalStage implements DockerfileRule {
    private static final LazyPattern LEADING_NUMBER = LazyPattern.of("^(\\d+).*$");
    private static final Set<String> LANGUAGES = Set.of("python", "node", "ruby");
    private static final Set<String> MINIMAL_MARKERS = Set.of("slim", "alpine", "windowsservercore", "nanoserver",
            "jre", "distroless", "minimal");
    private static final Set<String> CODENAMES = Set.of("bookworm", "bullseye", "buster", "stretch", "jessie",
            "trixie", "forky", "jammy", "focal", "noble", "bionic");
    private static final Set<String> JAVA_BUILD_TOOLS = Set.of("javac", "jar", "jlink", "jpackage", "jshell", "jdeps",
            "mvn", "mvnw", "gradle", "gradlew", "sbt", "ant", "native-image", "kotlinc");

    @Override
    public void check(DockerfileContext ctx, FindingSink sink) {
        Optional<Stage> last = ctx.model().finalStage();
        if (last.isEmpty()) {
            return;
        }
        StageChain chain = StageChain.of(last.get());
        // Windows images (a PowerShell or cmd SHELL) have no slim or alpine variants.
        if (!ShippedImage.of(ctx.model()).runsApplication() || windowsShell(last.get().finalShell())) {
            return;
        }
        Stage root = chain.stages().get(0);
        for (FromImages.FromImage from : FromImages.of(ctx.model())) {
            boolean known = from.image().isOfficialImage() || azureLinuxCore(from.image());
            if (from.stage() != root || !known || from.image().isPinnedByDigest()) {
                continue;
            }
            Optional<String> variant = smaller(ctx, chain, from.image());
            if (variant.isPresent()) {
                sink.report(from.range(), from.display() + " is a full image: `" + variant.get() + "` exists");
            }
        }
    }

    private static Optional<String> smaller(DockerfileContext ctx, StageChain chain, ImageName image) {
        String name = image.baseName();
        String tag = image.tag().orElse("latest");
        if (azureLinuxCore(image)) {
            // Azure Linux (and CBL-Mariner before it) publishes distroless images of each release.
            String distro = image.name().substring(0, image.name().length() - "/base/core".length());
            return runtimeOnly(chain) ? Optional.of(distro + "/distroless/base:" + tag) : Optional.empty();
        }
        List<String> parts = Arrays.asList(tag.toLowerCase(Locale.ROOT).split("-"));
        if (hasMinimalMarker(parts)) {
            return Optional.empty();
        }
        if (LANGUAGES.contains(name)) {
            return Optional.of(name + ":" + slimTag(name, tag, parts));
        }
        if ((name.equals("openjdk") || name.equals("eclipse-temurin")) && !usesJdk(ctx, chain)) {
            return Optional.of("eclipse-temurin:" + jreTag(parts));
        }
        if ((name.equals("debian") || name.equals("ubuntu")) && runtimeOnly(chain)) {
            return Optional.of(name.equals("debian") ? "debian:" + slimTag(name, tag, parts)
                    : "gcr.io/distroless/cc-debian12");
        }
        return Optional.empty();
    }

    private static boolean azureLinuxCore(ImageName image) {
        return image.name().equals("mcr.microsoft.com/azurelinux/base/core")
                || image.name().equals("mcr.microsoft.com/cbl-mariner/base/core");
    }

    private static boolean hasMinimalMarker(List<String> tagParts) {
        for (String part : tagParts) {
            if (MINIMAL_MARKERS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 3.12} → {@code 3.12-slim}; {@code 3.12-bookworm} → {@code 3.12-slim-bookworm} (node: {@code 20-bookworm-slim}). */
    private static String slimTag(String name, String tag, List<String> parts) {
        if (tag.equals("latest")) {
            return "slim";
        }
        if (name.equals("debian") && CODENAMES.contains(parts.get(0)) || name.equals("node")) {
            return tag + "-slim";
        }
        List<String> out = new ArrayList<>();
        boolean inserted = false;
        for (String p : tag.split("-")) {
            if (!inserted && CODENAMES.contains(p.toLowerCase(Locale.ROOT))) {
                out.add("slim");
                inserted = true;
            }
            out.add(p);
        }
        if (!inserted) {
            out.add("slim");
        }
        return String.join("-", out);
    }

    /** {@code 17-jdk-jammy} → {@code 17-jre-jammy}; {@code 11} → {@code 11-jre}. */
    private static String jreTag(List<String> parts) {
        String major = LEADING_NUMBER.matcher(parts.get(0)).replaceFirst("$1");
        List<String> rest = new ArrayList<>();
        for (String p : parts.subList(Math.min(1, parts.size()), parts.size())) {
            if (!p.equals("jdk") && CODENAMES.contains(p)) {
                rest.add(p);
            }
        }
        return major + "-jre" + (rest.isEmpty() ? "" : "-" + String.join("-", rest));
    }

    private static boolean windowsShell(List<String> shell) {
        if (shell.isEmpty()) {
            return false;
        }
        String program = shell.get(0).toLowerCase(Locale.ROOT);
        program = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
        return program.startsWith("powershell") || program.startsWith("pwsh") || program.startsWith("cmd");
    }

    // A JDK is needed when the image compiles or packages Java itself.
    private static boolean usesJdk(DockerfileContext ctx, StageChain chain) {
        for (Instruction instruction : chain.instructions()) {
            if (instruction instanceof RunInstruction run) {
                for (SimpleCommand c : RunCommands.of(ctx.model(), run).commands()) {
                    if (JAVA_BUILD_TOOLS.contains(c.effective().baseName().orElse(""))) {
                        return true;
                    }
                }
            }
        }
        for (Instruction start : chain.starts()) {
            for (Invocations.Invocation inv : Invocations.of(ctx.model(), start)) {
                if (JAVA_BUILD_TOOLS.contains(inv.program())) {
                    return true;
                }
            }
        }
        return false;
    }

    // Runtime only: the stage runs nothing at build time and gets its payload from a build stage.
    private static boolean runtimeOnly(StageChain chain) {
        if (!chain.instructions(RunInstruction.class).isEmpty()) {
            return false;
        }
        for (Stage stage : chain.stages()) {
            for (FromReference ref : stage.fromReferences()) {
                if (ref.instruction() instanceof CopyInstruction && ref.target() instanceof FromTarget.StageTarget) {
                    return true;
                }
            }
        }
        return false;
    }
}
