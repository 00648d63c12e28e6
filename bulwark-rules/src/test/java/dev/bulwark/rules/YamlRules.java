package dev.bulwark.rules;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.Span;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.kubernetes.ManifestFile;
import dev.bulwark.kubernetes.ManifestProblem;
import dev.bulwark.kubernetes.ManifestSet;
import dev.bulwark.rules.kubernetes.KubernetesContext;
import dev.bulwark.rules.kubernetes.KubernetesRule;
import dev.bulwark.rules.kubernetes.ManifestSyntaxError;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs rules on Compose and Kubernetes files the way the engine does, with default options, and
 * checks the reporting contract on every finding (spans inside their file, a message, no secret
 * text in it, related places inside their files).
 */
public final class YamlRules {
    private YamlRules() {
    }

    /** One file of a test target: its display path, its text, and where it is on disk (if anywhere). */
    public record TestFile(String path, String text, Optional<Path> file) {
        public static TestFile of(String path, String text) {
            return new TestFile(path, text, Optional.empty());
        }
    }

    /** Whether tests can run the rule on YAML files (a Compose or Kubernetes rule, or their syntax diagnostics). */
    public static boolean canRun(Rule rule) {
        return isKubernetesRule(rule);
    }

    /** Runs a rule on one YAML text of its target's kind. */
    public static List<YamlReported> run(Rule rule, String yaml) {
        if (isKubernetesRule(rule)) {
            return runKubernetes(rule, yaml);
        }
        throw new IllegalArgumentException(Rules.meta(rule).code() + " does not run on YAML");
    }

    /** The syntax diagnostic of the rule's target kind, which checks that an example is valid. */
    public static Rule syntaxRuleFor(Rule rule) {
        if (isKubernetesRule(rule)) {
            return new ManifestSyntaxError();
        }
        throw new IllegalArgumentException(Rules.meta(rule).code() + " does not run on YAML");
    }

    public static boolean isKubernetesRule(Rule rule) {
        return rule instanceof KubernetesRule || rule instanceof ManifestSyntaxError;
    }

    /** Every file of a manifest set checked by {@code rule}; KU001 reports the YAML and model problems. */
    public static List<YamlReported> runKubernetes(Rule rule, List<TestFile> files) {
        String code = Rules.meta(rule).code();
        YamlParser parser = new YamlParser();
        List<ManifestFile> manifests = new ArrayList<>();
        for (TestFile f : files) {
            YamlFile yaml = parser.parse(new SourceText(f.path(), f.text()));
            manifests.add(ManifestFile.read(yaml, f.file()));
        }
        ManifestSet set = ManifestSet.of(manifests);
        List<YamlReported> out = new ArrayList<>();
        for (ManifestFile file : set.files()) {
            if (rule instanceof ManifestSyntaxError) {
                for (SyntaxProblem p : file.yaml().problems()) {
                    out.add(new YamlReported(code, new Span(file.source(), p.range()), p.message(), List.of(), List.of()));
                }
                for (ManifestProblem p : file.problems()) {
                    out.add(new YamlReported(code, p.span(), p.message(), List.of(), List.of()));
                }
            } else if (rule instanceof KubernetesRule k) {
                k.check(new KubernetesContext(set, file, RuleOptions.defaults(rule)), new CheckingSink(code, out));
            } else {
                throw new IllegalArgumentException(code + " has no Kubernetes check");
            }
        }
        return out;
    }

    public static List<YamlReported> runKubernetes(Rule rule, String yaml) {
        return runKubernetes(rule, List.of(TestFile.of("manifest.yaml", yaml)));
    }

    /** A sink that enforces the reporting contract and records what it is given. */
    static final class CheckingSink implements SpanSink {
        private final String code;
        private final List<YamlReported> out;

        CheckingSink(String code, List<YamlReported> out) {
            this.code = code;
            this.out = out;
        }

        @Override
        public void report(Span at, String message) {
            add(at, message, List.of(), List.of());
        }

        @Override
        public void report(Span at, String message, Span owner, String ownerName) {
            if (ownerName.isBlank()) {
                throw new AssertionError(code + " named an owner without a name");
            }
            add(at, message, List.of(), owner.contains(at) ? List.of()
                    : List.of(RelatedLocation.of(owner, "used by " + ownerName)));
        }

        @Override
        public void report(Span at, String message, List<RelatedLocation> related) {
            add(at, message, List.of(), related);
        }

        @Override
        public void reportSecret(Span at, String message, List<TextRange> secrets) {
            if (secrets.isEmpty()) {
                throw new AssertionError(code + " reported a secret finding without secret ranges");
            }
            add(at, message, secrets, List.of());
        }

        private void add(Span at, String message, List<TextRange> secrets, List<RelatedLocation> related) {
            if (message.isBlank()) {
                throw new AssertionError(code + " reported an empty message");
            }
            String text = at.source().text();
            for (TextRange secret : secrets) {
                if (secret.end() > text.length() || secret.isEmpty() || message.contains(secret.textOf(text))) {
                    throw new AssertionError(code + " leaked or misplaced a secret in: " + message);
                }
            }
            for (RelatedLocation r : related) {
                if (r.message().isBlank()) {
                    throw new AssertionError(code + " gave a related place without a message");
                }
            }
            out.add(new YamlReported(code, at, message, secrets, related));
        }
    }
}
