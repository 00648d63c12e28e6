package dev.bulwark.engine.dockerfile;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Fix;
import dev.bulwark.core.Location;
import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.Dockerfile;
import dev.bulwark.dockerfile.DockerfileParser;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.Comment;
import dev.bulwark.dockerfile.syntax.FromInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.RuleCatalog;
import dev.bulwark.engine.pin.DockerfilePins;
import dev.bulwark.engine.pin.PinFinding;
import dev.bulwark.engine.suppress.Candidate;
import dev.bulwark.engine.suppress.Suppression;
import dev.bulwark.engine.suppress.SuppressionParser;
import dev.bulwark.rules.FindingSink;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.dockerfile.BuildInputNotCopied;
import dev.bulwark.rules.dockerfile.BuildContext;
import dev.bulwark.rules.dockerfile.DockerfileContext;
import dev.bulwark.rules.dockerfile.DockerfileRule;
import dev.bulwark.rules.dockerfile.DockerfileRuleRunner;
import dev.bulwark.rules.dockerfile.TestSuiteImages;
import dev.bulwark.rules.setups.Setup;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Audits one Dockerfile: parser problems become {@code DF001} findings (whether enabled is
 * decided after suppression), every enabled
 * {@link DockerfileRule} runs on the model, and suppression comments are collected. A rule that
 * throws yields one {@code BW002} finding naming it and the exception class; its partial findings
 * are dropped and the other rules still run.
 */
public final class DockerfileAnalyzer {
    private final RuleCatalog catalog;
    // Created at the first Dockerfile, so a run without one never loads the Dockerfile rules.
    private List<Registered> rules;
    private final RuleMeta syntaxError;
    private final RuleMeta ruleCrashed;
    private final RuleMeta imageDiffersFromPin;
    private final SuppressionParser suppressionParser;

    private record Registered(DockerfileRule rule, RuleMeta meta) {
    }

    /**
     * Findings before suppression (crashes included), the file's suppressions, and its model (for
     * the project step's context rules).
     */
    public record Analysis(List<Candidate> findings, List<Suppression> suppressions, DockerfileModel model) {
        public Analysis {
            findings = List.copyOf(findings);
            suppressions = List.copyOf(suppressions);
        }
    }

    public DockerfileAnalyzer(RuleCatalog catalog, RuleMeta syntaxError, RuleMeta ruleCrashed,
                              RuleMeta imageDiffersFromPin, SuppressionParser suppressionParser) {
        this.catalog = catalog;
        this.syntaxError = syntaxError;
        this.ruleCrashed = ruleCrashed;
        this.imageDiffersFromPin = imageDiffersFromPin;
        this.suppressionParser = suppressionParser;
    }

    private synchronized List<Registered> rules() {
        if (rules == null) {
            List<Registered> registered = new ArrayList<>();
            for (DockerfileRule rule : catalog.dockerfileRules()) {
                registered.add(new Registered(rule, catalog.meta(rule)));
            }
            rules = List.copyOf(registered);
        }
        return rules;
    }

    /** Audits with an unknown build context (standard input, text in memory). */
    public Analysis analyze(SourceText source, FileSettings settings) {
        return analyze(source, settings, BuildContext.unknown(), false);
    }

    /** @param withFixes keep the fixes rules attach to their findings ({@code bulwark fix}, JSON and SARIF) */
    public Analysis analyze(SourceText source, FileSettings settings, BuildContext buildContext, boolean withFixes) {
        Dockerfile dockerfile = DockerfileParser.parse(source);
        List<Candidate> findings = new ArrayList<>();
        // The first problem of a line only: BuildKit stops there, and `ENV X="a" # note` would
        // otherwise give one error per word after the first.
        int lastLine = -1;
        Optional<ScaffoldBase> scaffold = ScaffoldBase.of(dockerfile);
        for (SyntaxProblem p : dockerfile.problems()) {
            int line = source.lines().line(p.range().start());
            if (line != lastLine) {
                String message = scaffold.isPresent() ? scaffold.get().explain(p) : p.message();
                findings.add(Candidate.of(finding(syntaxError, settings, source, p.range(), message, List.of())));
                lastLine = line;
            }
        }
        DockerfileModel model = DockerfileModel.of(dockerfile);
        // A test image is built and thrown away by the repository's own tests: only secrets,
        // syntax and correctness are judged there; a development image is a workbench.
        Optional<Setup> configured = settings.setup();
        Setup setup = configured.isPresent() ? configured.get() : Setup.ofDockerfile(source.path());
        if (configured.isEmpty() && setup == Setup.DEPLOYMENT && TestSuiteImages.runsTestSuite(model)) {
            setup = Setup.TEST;
        }
        List<Suppression> suppressions = suppressions(dockerfile);
        RuleMeta unbuildable = null;
        for (Registered r : rules()) {
            if (!settings.enabled(r.meta()) || !setup.judgesImage(r.meta().practice())
                    || scaffold.isPresent() && !judgesScaffold(r.meta().practice())) {
                continue;
            }
            List<Finding> reported = new ArrayList<>();
            FindingSink sink = new FindingSink() {
                @Override
                public void report(TextRange range, String message) {
                    reported.add(finding(r.meta(), settings, source, range, message, List.of()));
                }

                @Override
                public void reportSecret(TextRange range, String message, List<TextRange> secrets) {
                    reported.add(finding(r.meta(), settings, source, range, message, secrets));
                }

                @Override
                public void report(TextRange range, String message, Fix fix) {
                    reported.add(withFixes ? finding(r.meta(), settings, source, range, message, List.of()).withFix(fix)
                            : finding(r.meta(), settings, source, range, message, List.of()));
                }

                @Override
                public boolean wantsFixes() {
                    return withFixes;
                }
            };
            try {
                DockerfileRuleRunner.run(r.rule(),
                        new DockerfileContext(model, settings.options(r.rule(), r.meta()), buildContext), sink);
                for (Finding f : reported) {
                    findings.add(Candidate.of(f));
                }
                if (r.rule() instanceof BuildInputNotCopied && anyUnsuppressed(reported, suppressions)) {
                    unbuildable = r.meta();
                }
            } catch (RuntimeException | StackOverflowError e) {
                findings.add(Candidate.crash(new Finding(ruleCrashed, settings.severity(ruleCrashed),
                        Location.ofFile(source.path()), TextRange.empty(0), "rule " + r.meta().code() + " ("
                        + r.meta().name() + ") crashed: " + e.getClass().getName(), List.of()), r.meta().code()));
            }
        }
        if (unbuildable != null) {
            findings = judgedWhenUnbuildable(findings, unbuildable);
        }
        // Pins hold in every setup: the configuration names the version (BW005).
        if (!settings.pins().isEmpty() && settings.enabled(imageDiffersFromPin)) {
            for (PinFinding p : DockerfilePins.find(model, settings.pins())) {
                Finding f = finding(imageDiffersFromPin, settings, source, p.at().range(), p.message(), List.of());
                findings.add(Candidate.of(withFixes ? f.withFix(p.fix()) : f));
            }
        }
        return new Analysis(findings, suppressions, model);
    }

    /**
     * The findings of an analysis as a file of {@code setup} gets them, for a setup known only
     * after the analysis (the project graph shows a throwaway CI image): the findings of practices
     * the setup does not judge go; crashes and pins (which hold in every setup) stay.
     */
    public List<Candidate> judgedAs(Setup setup, List<Candidate> findings) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : findings) {
            RuleMeta meta = c.finding().rule();
            if (c.crash() || meta == imageDiffersFromPin || setup.judgesImage(meta.practice())) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * Whether a finding stands once the file's suppressions apply: a user who silenced the build
     * failure (the file is built with a context bulwark does not see) keeps every other finding.
     */
    private static boolean anyUnsuppressed(List<Finding> reported, List<Suppression> suppressions) {
        for (Finding f : reported) {
            boolean covered = false;
            for (Suppression s : suppressions) {
                covered |= s.covers(f.rule().code(), f.range().start());
            }
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    /**
     * Comments in an instruction's comment block are scoped to it; any other comment to the
     * instruction whose range holds it (a comment inside a continuation, spec 1.4), else to nothing.
     */
    private List<Suppression> suppressions(Dockerfile dockerfile) {
        List<Suppression> result = new ArrayList<>();
        Set<TextRange> attached = new HashSet<>();
        List<Instruction> instructions = dockerfile.instructions();
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            TextRange stage = instruction instanceof FromInstruction ? stageRange(instructions, i)
                    : TextRange.empty(instruction.range().start());
            for (Comment c : instruction.comments()) {
                attached.add(c.range());
                result.addAll(suppressionParser.parse(c.text(), c.range(), instruction.range(), stage));
            }
        }
        for (Comment c : dockerfile.comments()) {
            if (attached.contains(c.range())) {
                continue;
            }
            TextRange scope = TextRange.empty(c.range().start());
            for (Instruction instruction : dockerfile.instructions()) {
                if (instruction.range().contains(c.range().start())) {
                    scope = instruction.range();
                }
            }
            result.addAll(suppressionParser.parse(c.text(), c.range(), scope, TextRange.empty(c.range().start())));
        }
        return result;
    }

    /** From the FROM at {@code from} to the end of the last instruction before the next FROM. */
    private static TextRange stageRange(List<Instruction> instructions, int from) {
        TextRange range = instructions.get(from).range();
        for (int i = from + 1; i < instructions.size() && !(instructions.get(i) instanceof FromInstruction); i++) {
            range = range.cover(instructions.get(i).range());
        }
        return range;
    }

    private static Finding finding(RuleMeta meta, FileSettings settings, SourceText source, TextRange range,
                                   String message, List<TextRange> redactions) {
        return new Finding(meta, settings.severity(meta), source.location(range), range, message, redactions);
    }

    /**
     * A file whose build fails at a RUN reading a file nothing copied in is one nobody builds: the
     * failure, syntax errors and secrets are judged; how the image would run is moot.
     */
    private static List<Candidate> judgedWhenUnbuildable(List<Candidate> findings, RuleMeta failure) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : findings) {
            RuleMeta meta = c.finding().rule();
            if (c.crash() || judgesScaffold(meta.practice()) || meta == failure) {
                kept.add(c);
            }
        }
        return kept;
    }

    // A secret committed in a scaffold is committed all the same.
    private static boolean judgesScaffold(Practice practice) {
        return practice == Practice.SYNTAX || practice == Practice.SECRET_MANAGEMENT;
    }
}
