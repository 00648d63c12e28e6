package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JUnit XML in the Ant/Jenkins shape (what Jenkins' junit step and GitLab's
 * {@code artifacts:reports:junit} read): one {@code testsuite} per file, one {@code testcase} per
 * rule that ran on it, a {@code failure} listing the rule's findings in the file. A file's rules
 * are those of its kind ({@link RuleScope}); a file known only through its findings (an ignore
 * file, an imported scan, an unreadable file) gets a test case per rule that found something.
 */
public final class JunitReporter implements Reporter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        Map<String, Map<String, List<Finding>>> byFile = new TreeMap<>();
        for (String path : in.fileKinds().keySet()) {
            byFile.put(path, new TreeMap<>());
        }
        for (Finding f : in.findings()) {
            Map<String, List<Finding>> byRule = byFile.get(f.path());
            if (byRule == null) {
                byRule = new TreeMap<>();
                byFile.put(f.path(), byRule);
            }
            List<Finding> list = byRule.get(f.rule().code());
            if (list == null) {
                list = new ArrayList<>();
                byRule.put(f.rule().code(), list);
            }
            list.add(f);
        }
        FileSecrets secrets = new FileSecrets(in.findings());
        StringBuilder suites = new StringBuilder();
        int tests = 0;
        int failures = 0;
        for (Map.Entry<String, Map<String, List<Finding>>> file : byFile.entrySet()) {
            String kind = in.fileKinds().getOrDefault(file.getKey(), "");
            Map<String, RuleDescriptor> cases = new LinkedHashMap<>();
            for (RuleDescriptor r : in.rules()) {
                if (RuleScope.appliesTo(r.meta(), kind) || file.getValue().containsKey(r.code())) {
                    cases.put(r.code(), r);
                }
            }
            for (List<Finding> found : file.getValue().values()) {
                cases.putIfAbsent(found.get(0).rule().code(), RuleDescriptor.of(found.get(0).rule()));
            }
            int fileFailures = 0;
            StringBuilder body = new StringBuilder();
            for (RuleDescriptor rule : new TreeMap<>(cases).values()) {
                List<Finding> found = file.getValue().get(rule.code());
                body.append("    <testcase name=\"").append(Markup.escape(rule.code() + " " + rule.meta().name()))
                        .append("\" classname=\"").append(Markup.escape(classname(file.getKey())))
                        .append("\" file=\"").append(Markup.escape(file.getKey())).append("\" time=\"0\"");
                if (found == null) {
                    body.append("/>\n");
                    continue;
                }
                fileFailures++;
                Finding first = found.get(0);
                Optional<SourceText> source = in.sources().find(file.getKey());
                body.append(">\n      <failure type=\"").append(first.severity().id()).append("\" message=\"")
                        .append(Markup.attribute(found.size() == 1
                                ? Redaction.scrubMessage(first, source, secrets.of(file.getKey()))
                                : found.size() + " findings of " + rule.meta().name()))
                        .append("\">");
                for (Finding f : found) {
                    Region r = Region.of(f.location());
                    body.append(Markup.escape(f.path() + ":" + r.line() + ":" + r.column() + ": " + f.severity().id()
                            + " " + f.rule().code() + " " + f.rule().name() + ": "
                            + Redaction.scrubMessage(f, source, secrets.of(f.path())))).append('\n');
                }
                String fix = rule.meta().fixHint().strip();
                if (!fix.isEmpty()) {
                    body.append(Markup.escape("help: " + fix)).append('\n');
                }
                body.append("</failure>\n    </testcase>\n");
            }
            tests += cases.size();
            failures += fileFailures;
            suites.append("  <testsuite name=\"").append(Markup.escape(file.getKey())).append("\" tests=\"")
                    .append(cases.size()).append("\" failures=\"").append(fileFailures)
                    .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n").append(body).append("  </testsuite>\n");
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"").append(Markup.escape(in.tool().name())).append("\" tests=\"")
                .append(Integer.toString(tests)).append("\" failures=\"").append(Integer.toString(failures))
                .append("\" errors=\"0\" time=\"0\">\n");
        out.append(suites);
        out.append("</testsuites>\n");
    }

    /** {@code bulwark.api.Dockerfile}: test reports group cases by dotted class name. */
    private static String classname(String path) {
        return "bulwark." + path.replace('/', '.');
    }
}
