package dev.bulwark.rules.dockerfile;

import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.RunInstruction;
import dev.bulwark.rules.dockerfile.PackageManagerCommand.Package;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which OS packages are compilers, build tools or development headers, and where an image's
 * chain installs them without removing them in the same RUN (the layer keeps what a later RUN
 * deletes).
 */
final class BuildTools {
    private static final Set<String> TOOLS = Set.of("build-essential", "build-base", "alpine-sdk", "gcc", "g++",
            "gcc-c++", "c++", "clang", "make", "cmake", "cmake3", "ninja-build", "autoconf", "automake", "libtool",
            "gfortran", "gcc-gfortran", "pkg-config", "pkgconf", "pkgconfig", "development tools",
            "@development-tools", "@development", "linux-headers", "kernel-headers", "kernel-devel");
    // `gcc-12`, `gcc-toolset-13`: a compiler with a version (matched by hand, see isVersionedTool).
    private static final List<String> VERSIONED_TOOLS = List.of("gcc", "g++", "clang", "gfortran", "cpp", "gcc-toolset");

    /** A package command in the image that installs build tools and keeps them. */
    record KeptInstall(RunInstruction run, PackageManagerCommand command, List<Package> tools) {
    }

    private BuildTools() {
    }

    // Packages that bring a C/C++/Fortran compiler; a `-dev` headers package or make alone compiles nothing.
    private static final Set<String> COMPILERS = Set.of("build-essential", "build-base", "alpine-sdk", "gcc", "g++",
            "gcc-c++", "c++", "clang", "gfortran", "gcc-gfortran", "development tools", "@development-tools",
            "@development");

    /** Whether the bare package name brings a compiler (not just headers or build helpers). */
    static boolean isCompiler(String name) {
        return COMPILERS.contains(name) || isVersionedTool(name);
    }

    /** Whether the bare package name is a compiler, build tool or headers package. */
    static boolean isBuildTool(String name) {
        return TOOLS.contains(name) || isVersionedTool(name) || isHeaders(name);
    }

    /** {@code (?:gcc|g\+\+|clang|gfortran|cpp|gcc-toolset)-[\d.]+} */
    static boolean isVersionedTool(String name) {
        for (String tool : VERSIONED_TOOLS) {
            if (name.length() > tool.length() + 1 && name.startsWith(tool + "-")
                    && allOf(name, tool.length() + 1, name.length(), "0123456789.")) {
                return true;
            }
        }
        return false;
    }

    /** {@code [a-z0-9][a-z0-9.+_-]*-(?:dev|devel)}: a headers package such as {@code libssl-dev}. */
    static boolean isHeaders(String name) {
        int stem = name.endsWith("-dev") ? name.length() - 4 : name.endsWith("-devel") ? name.length() - 6 : -1;
        return stem >= 1 && allOf(name, 0, 1, "abcdefghijklmnopqrstuvwxyz0123456789")
                && allOf(name, 1, stem, "abcdefghijklmnopqrstuvwxyz0123456789.+_-");
    }

    private static boolean allOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The installs of build tools among {@code instructions} that the same RUN does not remove again. */
    static List<KeptInstall> kept(DockerfileModel model, List<Instruction> instructions) {
        List<KeptInstall> out = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (!(instruction instanceof RunInstruction run)) {
                continue;
            }
            List<PackageManagerCommand> commands = new ArrayList<>();
            for (PackageManagerCommand c : PackageManagerCommand.in(RunCommands.of(model, run))) {
                if (c.installs() || c.removes()) {
                    commands.add(c);
                }
            }
            for (PackageManagerCommand install : commands) {
                if (!install.installs()) {
                    continue;
                }
                List<Package> tools = buildTools(install.packages());
                if (!tools.isEmpty() && !removedLater(install, tools, commands)) {
                    out.add(new KeptInstall(run, install, tools));
                }
            }
        }
        return out;
    }

    private static List<Package> buildTools(List<Package> packages) {
        List<Package> tools = new ArrayList<>();
        for (Package p : packages) {
            if (isBuildTool(p.name())) {
                tools.add(p);
            }
        }
        return tools;
    }

    // `apt-get purge -y build-essential`, `apk del .build-deps` after the install in the same RUN.
    private static boolean removedLater(PackageManagerCommand install, List<Package> tools,
                                        List<PackageManagerCommand> commands) {
        // By identity: each element wraps its own command, so it equals only itself.
        int at = -1;
        for (int i = 0; i < commands.size() && at < 0; i++) {
            if (commands.get(i) == install) {
                at = i;
            }
        }
        Optional<String> group = install.group();
        for (PackageManagerCommand later : commands.subList(at + 1, commands.size())) {
            if (later.installs()) {
                continue;
            }
            for (Package removed : later.packages()) {
                if (group.isPresent() && removed.name().equals(group.get()) || named(tools, removed.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean named(List<Package> packages, String name) {
        for (Package p : packages) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
