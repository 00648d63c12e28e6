package dev.bulwark.engine;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import dev.bulwark.engine.discovery.ReadOutcome;
import dev.bulwark.engine.dockerfile.BuildContexts;
import dev.bulwark.engine.dockerfile.DockerfileAnalyzer;
import dev.bulwark.engine.suppress.SuppressionParser;
import dev.bulwark.engine.suppress.Suppressor;
import dev.bulwark.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The engine's facade: inputs and settings in, sorted findings out. Files are audited in parallel
 * and independently; the result does not depend on the thread count (ARCHITECTURE "Determinism").
 * The rules must be pure and stateless, since one instance serves every thread.
 */
public final class Auditor {
    /** Findings order: path, start offset, rule code, then end offset and message as tie-breaks. */
    public static final Comparator<Finding> ORDER = new FindingOrder();

    private final int threads;
    private final EngineRules engineRules;
    private final InputReader reader;
    private final DockerfileAnalyzer dockerfiles;
    private final Suppressor suppressor;

    /** Audits with as many threads as processors. */
    public Auditor(List<? extends Rule> rules) {
        this(rules, Runtime.getRuntime().availableProcessors());
    }

    public Auditor(List<? extends Rule> rules, int threads) {
        this(rules, threads, new InputReader());
    }

    /**
     * @param rules   every rule that may run, including the engine diagnostics
     *                ({@code BW001}-{@code BW004}, {@code DF001}); selection happens per file
     * @param threads at least 1
     */
    public Auditor(List<? extends Rule> rules, int threads, InputReader reader) {
        this(new RuleCatalog(rules), threads, reader);
    }

    /** With a catalog shared with the {@code ConfigLoader}, so rule metadata is read once per run. */
    public Auditor(RuleCatalog catalog, int threads, InputReader reader) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.engineRules = EngineRules.from(catalog);
        this.reader = reader;
        this.dockerfiles = new DockerfileAnalyzer(catalog, engineRules.dockerfileSyntaxError(), engineRules.ruleCrashed(),
                new SuppressionParser(catalog));
        this.suppressor = new Suppressor(catalog, engineRules.unusedSuppression(), engineRules.unknownRuleInSuppression());
    }

    public AuditResult audit(List<Input> inputs, Settings settings) {
        // One per run: Dockerfiles of a directory share its ignore file, read once.
        BuildContexts buildContexts = new BuildContexts(reader);
        List<FileAudit> audits = threads == 1 || inputs.size() < 2 ? sequential(inputs, settings, buildContexts)
                : parallel(inputs, settings, buildContexts);
        List<Finding> findings = new ArrayList<>();
        Map<String, SourceText> sources = new HashMap<>();
        int checked = 0;
        int unreadable = 0;
        boolean crashed = false;
        for (FileAudit audit : audits) {
            findings.addAll(audit.findings());
            sources.putIfAbsent(audit.source().path(), audit.source());
            if (audit.readable()) {
                checked++;
            } else {
                unreadable++;
            }
            crashed |= audit.crashed();
        }
        findings.sort(ORDER);
        return new AuditResult(findings, sources, checked, unreadable, crashed, settings.failOn());
    }

    private List<FileAudit> sequential(List<Input> inputs, Settings settings, BuildContexts buildContexts) {
        List<FileAudit> audits = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
            audits.add(auditOne(input, settings, buildContexts));
        }
        return audits;
    }

    private List<FileAudit> parallel(List<Input> inputs, Settings settings, BuildContexts buildContexts) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, inputs.size()), AuditThreads.INSTANCE);
        try {
            List<Future<FileAudit>> futures = new ArrayList<>(inputs.size());
            for (Input input : inputs) {
                futures.add(pool.submit(new AuditTask(this, input, settings, buildContexts)));
            }
            List<FileAudit> audits = new ArrayList<>(inputs.size());
            for (int i = 0; i < futures.size(); i++) {
                audits.add(await(futures.get(i), inputs.get(i)));
            }
            return audits;
        } finally {
            pool.shutdownNow();
        }
    }

    private FileAudit await(Future<FileAudit> future, Input input) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return crashed(new SourceText(input.path(), ""), "audit interrupted");
        } catch (ExecutionException e) {
            return crashed(new SourceText(input.path(), ""), "engine failed: " + e.getCause().getClass().getSimpleName());
        }
    }

    private FileAudit auditOne(Input input, Settings settings, BuildContexts buildContexts) {
        FileSettings fileSettings = input instanceof Input.FileInput f ? settings.forFile(f.file()) : settings.withoutPath();
        ReadOutcome outcome = reader.read(input);
        if (outcome instanceof ReadOutcome.Unreadable u) {
            List<Finding> findings = new ArrayList<>();
            if (fileSettings.enabled(engineRules.unreadableFile())) {
                // At the line of the offending byte (a NUL, a bad UTF-8 sequence), the whole file otherwise.
                Location at = u.line() == 1 ? Location.ofFile(u.path()) : new Location(u.path(), u.line(), 1, u.line(), 1);
                findings.add(new Finding(engineRules.unreadableFile(), fileSettings.severity(engineRules.unreadableFile()),
                        at, TextRange.empty(0), u.reason(), List.of()));
            }
            return new FileAudit(new SourceText(u.path(), ""), findings, false, false);
        }
        SourceText source = ((ReadOutcome.Read) outcome).source();
        try {
            // Discovery only yields Dockerfiles today; other kinds get their analyzer here.
            DockerfileAnalyzer.Analysis analysis = dockerfiles.analyze(source, fileSettings,
                    buildContexts.of(input));
            Suppressor.Outcome kept = suppressor.apply(analysis.findings(), analysis.suppressions(), source, fileSettings);
            return new FileAudit(source, kept.findings(), true, kept.crashed());
        } catch (RuntimeException | StackOverflowError e) {
            return crashed(source, "engine failed: " + e.getClass().getSimpleName());
        }
    }

    private FileAudit crashed(SourceText source, String message) {
        Finding f = new Finding(engineRules.ruleCrashed(), engineRules.ruleCrashed().severity(),
                Location.ofFile(source.path()), TextRange.empty(0), message, List.of());
        return new FileAudit(source, List.of(f), true, true);
    }

    private static final class FindingOrder implements Comparator<Finding> {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.path().compareTo(b.path());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.range().start(), b.range().start());
            if (c != 0) {
                return c;
            }
            c = a.rule().code().compareTo(b.rule().code());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.range().end(), b.range().end());
            if (c != 0) {
                return c;
            }
            return a.message().compareTo(b.message());
        }
    }

    private static final class AuditThreads implements ThreadFactory {
        static final AuditThreads INSTANCE = new AuditThreads();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "bulwark-audit");
            t.setDaemon(true);
            return t;
        }
    }

    private static final class AuditTask implements Callable<FileAudit> {
        private final Auditor auditor;
        private final Input input;
        private final Settings settings;
        private final BuildContexts buildContexts;

        AuditTask(Auditor auditor, Input input, Settings settings, BuildContexts buildContexts) {
            this.auditor = auditor;
            this.input = input;
            this.settings = settings;
            this.buildContexts = buildContexts;
        }

        @Override
        public FileAudit call() {
            return auditor.auditOne(input, settings, buildContexts);
        }
    }
}
