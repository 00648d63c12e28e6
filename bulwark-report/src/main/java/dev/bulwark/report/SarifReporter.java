package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.core.Finding;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for GitHub code scanning (spec section 4): one run, every rule that ran in
 * {@code tool.driver.rules} sorted by code, one result per finding with a repository-relative
 * location and GitHub's {@code primaryLocationLineHash}. No source text is embedded.
 */
public final class SarifReporter implements Reporter {
    /** The OASIS errata01 schema, the one section 4.1 validates against. */
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public static final String DEFAULT_AUTOMATION_ID = "bulwark/";
    static final String SRCROOT = "%SRCROOT%";
    // spec 4.2: GitHub rejects longer descriptions.
    private static final int MAX_DESCRIPTION = 1024;
    // semver.org 2.0.0: MAJOR.MINOR.PATCH with optional pre-release and build parts.
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

    private final String automationId;
    private final String sourceRootUri;

    public SarifReporter() {
        this(DEFAULT_AUTOMATION_ID, "");
    }

    private SarifReporter(String automationId, String sourceRootUri) {
        this.automationId = automationId;
        this.sourceRootUri = sourceRootUri;
    }

    /**
     * A reporter with another {@code automationDetails.id}, {@code category/run-id}: uploads for
     * the same commit with different categories do not replace each other (spec 4.2).
     */
    public SarifReporter withAutomationId(String id) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("automation id must not be blank");
        }
        return new SarifReporter(id, sourceRootUri);
    }

    /**
     * A reporter that records the absolute directory the paths are relative to, as the URI of
     * {@code %SRCROOT%}. Without it the base id only carries a description, which keeps the output
     * free of machine-specific paths.
     */
    public SarifReporter withSourceRoot(URI root) {
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("source root must be an absolute URI: " + root);
        }
        String uri = root.toString();
        return new SarifReporter(automationId, uri.endsWith("/") ? uri : uri + "/");
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        List<RuleDescriptor> rules = rulesOf(in);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).code(), i);
        }
        JsonGenerator g = JsonOutput.open(out);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA_URI);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        writeTool(g, in.tool(), rules);
        g.writeObjectFieldStart("automationDetails");
        g.writeStringField("id", automationId);
        g.writeEndObject();
        writeBaseIds(g);
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeArrayFieldStart("results");
        Fingerprints fingerprints = new Fingerprints(in.sources());
        FileSecrets secrets = new FileSecrets(in.findings());
        for (Finding f : in.findings()) {
            writeResult(g, in, f, ruleIndex.get(f.rule().code()), fingerprints, secrets);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        JsonOutput.finish(g);
    }

    /** The rules that ran plus any rule that only appears through a finding, by code, once each. */
    private static List<RuleDescriptor> rulesOf(ReportInput in) {
        Map<String, RuleDescriptor> byCode = new TreeMap<>();
        for (RuleDescriptor r : in.rules()) {
            byCode.putIfAbsent(r.code(), r);
        }
        for (Finding f : in.findings()) {
            byCode.putIfAbsent(f.rule().code(), RuleDescriptor.of(f.rule()));
        }
        return new ArrayList<>(byCode.values());
    }

    private static void writeTool(JsonGenerator g, ToolInfo tool, List<RuleDescriptor> rules) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        if (SEMVER.matcher(tool.version()).matches()) {
            g.writeStringField("semanticVersion", tool.version());
        }
        if (!tool.informationUri().isBlank()) {
            g.writeStringField("informationUri", tool.informationUri());
        }
        g.writeArrayFieldStart("rules");
        for (RuleDescriptor r : rules) {
            writeRule(g, r);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, RuleDescriptor descriptor) throws IOException {
        RuleMeta rule = descriptor.meta();
        String summary = rule.summary().isBlank() ? rule.name() : rule.summary().strip();
        String fix = rule.fixHint().strip();
        g.writeStartObject();
        g.writeStringField("id", rule.code());
        g.writeStringField("name", rule.name());
        writeText(g, "shortDescription", limit(summary));
        writeText(g, "fullDescription", limit(fix.isEmpty() ? summary : summary + "\n\nFix: " + fix));
        g.writeObjectFieldStart("help");
        if (descriptor.helpMarkdown().isBlank()) {
            g.writeStringField("text", fix.isEmpty() ? summary : summary + "\n\nFix: " + fix);
            g.writeStringField("markdown", fix.isEmpty() ? summary : summary + "\n\n**Fix:** " + fix);
        } else {
            // GitHub renders the markdown when present; text is the required fallback (spec 4.2).
            g.writeStringField("text", descriptor.helpMarkdown());
            g.writeStringField("markdown", descriptor.helpMarkdown());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", RuleTags.level(rule.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        JsonOutput.writeStringArray(g, "tags", RuleTags.tags(rule));
        g.writeStringField("precision", descriptor.precision().id());
        g.writeStringField("problem.severity", RuleTags.problemSeverity(rule.severity()));
        if (RuleTags.isSecurity(rule)) {
            g.writeStringField("security-severity", RuleTags.securitySeverity(rule.severity()));
        }
        g.writeStringField("autofix", rule.autofix().id());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void writeBaseIds(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        if (sourceRootUri.isEmpty()) {
            writeText(g, "description", "The directory bulwark ran in; result paths are relative to it.");
        } else {
            g.writeStringField("uri", sourceRootUri);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, ReportInput in, Finding f, int ruleIndex,
            Fingerprints fingerprints, FileSecrets secrets) throws IOException {
        Optional<SourceText> source = in.sources().find(f.path());
        String message = Redaction.scrubMessage(f, source, secrets.of(f.path()));
        Region region = Region.of(f.location());
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().code());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", RuleTags.level(f.severity()));
        // GitHub needs a non-empty message (spec 4.2).
        writeText(g, "message", message.isBlank() ? f.rule().name() : message);
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        writePhysicalLocation(g, f.path(), region);
        g.writeEndObject();
        g.writeEndArray();
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (RelatedLocation related : f.related()) {
                g.writeStartObject();
                g.writeNumberField("id", id++);
                writePhysicalLocation(g, related.path(), Region.of(related.location()));
                writeText(g, "message", related.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        Optional<FixEdits> fix = FixEdits.of(f, source, secrets.of(f.path()));
        if (fix.isPresent()) {
            writeFix(g, f.path(), fix.get());
        }
        Optional<String> hash = fingerprints.forLine(f.path(), region.line());
        if (hash.isPresent()) {
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField("primaryLocationLineHash", hash.get());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A {@code fixes} array with one fix: its edits as replacements in the finding's file (SARIF 3.55). */
    private static void writeFix(JsonGenerator g, String path, FixEdits fix) throws IOException {
        g.writeArrayFieldStart("fixes");
        g.writeStartObject();
        writeText(g, "description", fix.fix().description());
        g.writeArrayFieldStart("artifactChanges");
        g.writeStartObject();
        writeArtifactLocation(g, path);
        g.writeArrayFieldStart("replacements");
        for (FixEdits.Edit edit : fix.edits()) {
            g.writeStartObject();
            writeRegion(g, "deletedRegion", edit.deleted());
            writeText(g, "insertedContent", edit.inserted());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("applicability", fix.fix().applicability().id());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void writePhysicalLocation(JsonGenerator g, String path, Region region) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(g, path);
        writeRegion(g, "region", region);
        g.writeEndObject();
    }

    private static void writeArtifactLocation(JsonGenerator g, String path) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", ArtifactUri.of(path));
        if (!ArtifactUri.isAbsolute(path)) {
            g.writeStringField("uriBaseId", SRCROOT);
        }
        g.writeEndObject();
    }

    private static void writeRegion(JsonGenerator g, String field, Region region) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("startLine", region.line());
        g.writeNumberField("startColumn", region.column());
        g.writeNumberField("endLine", region.endLine());
        g.writeNumberField("endColumn", region.endColumn());
        g.writeEndObject();
    }

    private static void writeText(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String limit(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int end = MAX_DESCRIPTION - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
