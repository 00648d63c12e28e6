package dev.bulwark.cli;

import dev.bulwark.init.Flavour;
import dev.bulwark.init.FlavourResolver;
import dev.bulwark.init.GeneratedFile;
import dev.bulwark.init.InitOptions;
import dev.bulwark.init.InitWriter;
import dev.bulwark.init.Pins;
import dev.bulwark.init.ProjectFacts;
import dev.bulwark.init.ProjectInspector;
import dev.bulwark.init.ProjectMetadata;
import dev.bulwark.init.Scaffold;
import dev.bulwark.init.Workload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code bulwark init}: reads a Python ML project and writes the container setup it lacks
 * (Dockerfile, .dockerignore, Compose, Kubernetes, a CI workflow) from {@code bulwark-init}'s
 * templates, never replacing a file without {@code --force}. On a terminal, without
 * {@code --yes}, it shows the plan and asks before writing.
 */
final class InitCommand implements Command {
    static final CommandSpec SPEC = CommandSpec.of("bulwark init",
            "Write a Dockerfile, .dockerignore, compose.yaml, Kubernetes manifests and a CI workflow for a Python ML project.",
            new PositionalSpec("DIR", "The project folder (default: .).", 0, 1),
            StandardOptions.plus(optionSpecs()));

    private final Invocation invocation;
    private final ParsedArgs args;

    InitCommand(Invocation invocation, ParsedArgs args) {
        this.invocation = invocation;
        this.args = args;
    }

    private static OptionSpec[] optionSpecs() {
        List<OptionSpec> options = new ArrayList<>();
        options.add(OptionSpec.flag("Ask nothing: write at once.", "-y", "--yes"));
        options.add(OptionSpec.flag("Build for NVIDIA GPUs (default: when the dependencies ask for CUDA builds).", "--gpu"));
        options.add(OptionSpec.flag("Build for CPU only, whatever the dependencies ask.", "--cpu"));
        options.add(OptionSpec.value("VERSION", new ValueType.Text(), "CUDA release of the GPU image: 11.8, 12.1, 12.4, 12.6 (implies --gpu).", "--cuda"));
        options.add(OptionSpec.flag("A server: Deployment, health checks, a published port (default with a web framework).", "--serve"));
        options.add(OptionSpec.flag("A training job: a Kubernetes Job, no port (default without a web framework).", "--train"));
        options.add(OptionSpec.value("N", new ValueType.AtLeast(1), "The port the server listens on (default: the framework's).", "--port"));
        options.add(OptionSpec.value("REGISTRY", new ValueType.Text(),
                "Where the image is pushed, such as ghcr.io/acme (default: ghcr.io/OWNER of a GitHub remote).", "--registry"));
        options.add(OptionSpec.list("IMAGE=TAG", "Use this tag (and @sha256: digest) for an image: python=3.12.8-slim-bookworm.", "--pin"));
        options.add(OptionSpec.flag("Replace files that already exist.", "--force"));
        return options.toArray(new OptionSpec[0]);
    }

    @Override
    public int call() throws IOException {
        String dirArgument = args.positionals().isEmpty() ? "." : args.positionals().get(0);
        Path dir = invocation.resolve(dirArgument);
        if (!Files.isDirectory(dir)) {
            return usageError(dirArgument + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
        }
        InitOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        ProjectFacts facts = new ProjectInspector().inspect(dir);
        Flavour flavour;
        try {
            flavour = new FlavourResolver().resolve(facts, options, ProjectMetadata.githubRegistry(dir),
                    ProjectMetadata.version(dir));
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        List<GeneratedFile> files = new Scaffold(flavour).files();
        PrintStream out = invocation.out();
        describe(flavour, out);
        boolean force = args.flag("--force");
        if (!args.flag("--yes") && invocation.stdoutIsTerminal() && !confirm(dir, files, force, out)) {
            out.println("Nothing written.");
            return ExitCodes.CLEAN;
        }
        InitWriter.Outcome outcome = new InitWriter().write(dir, files, force);
        report(outcome, out);
        nextSteps(dirArgument, flavour, out);
        out.flush();
        return ExitCodes.CLEAN;
    }

    private InitOptions options() {
        if (args.flag("--gpu") && args.flag("--cpu")) {
            throw new IllegalArgumentException("--gpu and --cpu exclude each other");
        }
        if (args.flag("--serve") && args.flag("--train")) {
            throw new IllegalArgumentException("--serve and --train exclude each other");
        }
        Optional<Integer> port = args.integer("--port");
        if (port.isPresent() && port.get() > 65535) {
            throw new IllegalArgumentException("--port must be at most 65535, not " + port.get());
        }
        Optional<String> registry = args.value("--registry");
        Optional<Boolean> gpu = args.flag("--gpu") ? Optional.of(true) : args.flag("--cpu") ? Optional.of(false)
                : Optional.empty();
        Optional<Workload> workload = args.flag("--serve") ? Optional.of(Workload.SERVE)
                : args.flag("--train") ? Optional.of(Workload.TRAIN) : Optional.empty();
        return new InitOptions(gpu, args.value("--cuda"), workload, port, registry, Pins.parse(args.values("--pin")));
    }

    private static void describe(Flavour flavour, PrintStream out) {
        ProjectFacts facts = flavour.facts();
        out.println("Project " + flavour.name() + ": " + flavour.summary());
        if (facts.entry().found() && flavour.serve() && flavour.framework().runsPythonApp()) {
            out.println("  app: " + facts.entry().target() + " (" + facts.entry().source() + ")");
        }
        if (!flavour.serve()) {
            out.println("  job: python " + facts.trainEntry().target());
        }
        out.println("  image: " + flavour.image());
        for (String note : facts.notes()) {
            out.println("  note: " + note);
        }
        for (String warning : flavour.warnings()) {
            out.println("  warning: " + warning);
        }
    }

    private boolean confirm(Path dir, List<GeneratedFile> files, boolean force, PrintStream out) throws IOException {
        List<String> existing = InitWriter.existing(dir, files);
        for (GeneratedFile file : files) {
            String action = !existing.contains(file.path()) ? "write  " : force ? "replace" : "keep   ";
            out.println("  " + action + " " + file.path());
        }
        out.print("Write these files? [y/N] ");
        out.flush();
        String answer = new BufferedReader(new InputStreamReader(invocation.in(), StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
    }

    private static void report(InitWriter.Outcome outcome, PrintStream out) {
        for (String path : outcome.written()) {
            out.println("wrote    " + path);
        }
        for (String path : outcome.replaced()) {
            out.println("replaced " + path);
        }
        for (String path : outcome.skipped()) {
            out.println("skipped  " + path + " (already present; --force replaces it)");
        }
    }

    private static void nextSteps(String dir, Flavour flavour, PrintStream out) {
        String at = dir.equals(".") ? "" : " " + dir;
        String prefix = dir.equals(".") ? "" : dir + "/";
        out.println();
        out.println("Next steps:");
        if (flavour.registry().equals(FlavourResolver.PLACEHOLDER_REGISTRY)) {
            out.println("  set your registry: bulwark init --force --registry ghcr.io/OWNER" + at);
        }
        out.println("  bulwark check --select all" + at);
        out.println("  docker build -t " + flavour.image() + " " + (dir.equals(".") ? "." : dir));
        out.println("  docker compose -f " + prefix + "compose.yaml up --build");
        out.println("  kubectl apply -f " + prefix + "k8s/" + flavour.name() + (flavour.serve() ? "" : "-train") + ".yaml");
        out.println("  pin the base images' digests: bulwark init --force --pin IMAGE=TAG@sha256:…" + at);
    }

    private int usageError(String message) {
        return UsageErrorHandler.report(new UsageError(message, SPEC.name()), invocation.err());
    }
}
