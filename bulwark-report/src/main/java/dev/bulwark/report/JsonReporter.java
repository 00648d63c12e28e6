package dev.bulwark.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Location;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.util.Optional;

/**
 * The machine-readable findings list. Field names are a contract other tools rely on; the schema
 * is {@code docs/findings.schema.json} and {@link #SCHEMA_VERSION} changes with it. No source text
 * is written, so no secret can leak through a snippet.
 */
public final class JsonReporter implements Reporter {
    public static final String SCHEMA_VERSION = "1";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(ReportInput in, Appendable out) throws IOException {
        write(in, Optional.empty(), out);
    }

    /** The report of {@code bulwark fix}: what remains (as {@code check} reports it) and the {@code fix} object. */
    public void write(ReportInput remaining, FixRun run, Appendable out) throws IOException {
        write(remaining, Optional.of(run), out);
    }

    private void write(ReportInput in, Optional<FixRun> run, Appendable out) throws IOException {
        JsonGenerator g = JsonOutput.open(out);
        g.writeStartObject();
        writeTool(g, in.tool());
        g.writeArrayFieldStart("findings");
        FileSecrets secrets = new FileSecrets(in.findings());
        for (Finding f : in.findings()) {
            Optional<SourceText> source = in.sources().find(f.path());
            writeFinding(g, f, Redaction.scrubMessage(f, source, secrets.of(f.path())),
                    FixEdits.of(f, source, secrets.of(f.path())));
        }
        g.writeEndArray();
        if (!in.skipped().isEmpty()) {
            g.writeArrayFieldStart("skipped");
            for (SkippedInput s : in.skipped()) {
                g.writeStartObject();
                g.writeStringField("path", s.path());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (in.baseline().isPresent()) {
            writeBaseline(g, in.baseline().get());
        }
        writeSummary(g, in.summary(), in.asOf());
        if (run.isPresent()) {
            writeFixRun(g, run.get());
        }
        g.writeEndObject();
        JsonOutput.finish(g);
    }

    private static void writeFixRun(JsonGenerator g, FixRun run) throws IOException {
        g.writeObjectFieldStart("fix");
        g.writeBooleanField("written", run.written());
        g.writeBooleanField("unsafeFixes", run.unsafeFixes());
        g.writeBooleanField("converged", run.converged());
        g.writeNumberField("rounds", run.rounds());
        JsonOutput.writeStringArray(g, "changedFiles", run.changedFiles());
        g.writeArrayFieldStart("applied");
        for (Finding f : run.applied()) {
            writeFixed(g, f);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notApplied");
        for (FixRun.NotApplied n : run.notApplied()) {
            writeFixed(g, n.finding());
            g.writeStringField("reason", n.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (run.diff().isPresent()) {
            g.writeStringField("diff", run.diff().get());
        }
        g.writeEndObject();
    }

    /** Opens the object of a fix applied or refused: the finding's rule, place and message, and the fix. */
    private static void writeFixed(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule().code());
        g.writeStringField("name", f.rule().name());
        g.writeStringField("path", f.path());
        writeRegion(g, Region.of(f.location()));
        g.writeStringField("message", f.message());
        g.writeStringField("applicability", f.fix().applicability().id());
        g.writeStringField("description", f.fix().description());
    }

    private static void writeTool(JsonGenerator g, ToolInfo tool) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeStringField("schemaVersion", SCHEMA_VERSION);
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f, String message, Optional<FixEdits> fix)
            throws IOException {
        RuleMeta rule = f.rule();
        Location loc = f.location();
        Region region = Region.of(loc);
        g.writeStartObject();
        g.writeStringField("rule", rule.code());
        g.writeStringField("name", rule.name());
        g.writeStringField("practice", rule.practice().id());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("path", loc.path());
        writeRegion(g, region);
        g.writeStringField("message", message);
        JsonOutput.writeStringArray(g, "aliases", rule.aliases());
        if (!f.related().isEmpty()) {
            g.writeArrayFieldStart("related");
            for (RelatedLocation related : f.related()) {
                g.writeStartObject();
                g.writeStringField("path", related.path());
                writeRegion(g, Region.of(related.location()));
                g.writeStringField("message", related.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!rule.fixHint().isBlank()) {
            g.writeStringField("fix", rule.fixHint());
        }
        if (fix.isPresent()) {
            writeAutofix(g, fix.get());
        }
        g.writeEndObject();
    }

    private static void writeAutofix(JsonGenerator g, FixEdits fix) throws IOException {
        g.writeObjectFieldStart("autofix");
        g.writeStringField("applicability", fix.fix().applicability().id());
        g.writeStringField("description", fix.fix().description());
        g.writeArrayFieldStart("edits");
        for (FixEdits.Edit edit : fix.edits()) {
            g.writeStartObject();
            writeRegion(g, edit.deleted());
            g.writeStringField("replacement", edit.inserted());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeRegion(JsonGenerator g, Region r) throws IOException {
        g.writeNumberField("line", r.line());
        g.writeNumberField("column", r.column());
        g.writeNumberField("endLine", r.endLine());
        g.writeNumberField("endColumn", r.endColumn());
    }

    private static void writeBaseline(JsonGenerator g, BaselineStatus b) throws IOException {
        g.writeObjectFieldStart("baseline");
        g.writeStringField("file", b.file());
        g.writeNumberField("baselined", b.baselined());
        g.writeArrayFieldStart("stale");
        for (BaselineEntry e : b.stale()) {
            Baseline.writeEntry(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSummary(JsonGenerator g, Summary s, String asOf) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("findings", s.findings());
        g.writeNumberField("error", s.errors());
        g.writeNumberField("warning", s.warnings());
        g.writeNumberField("info", s.infos());
        g.writeStringField("failThreshold", s.failThreshold().id());
        g.writeBooleanField("failed", s.failed());
        g.writeNumberField("skipped", s.skipped());
        if (!asOf.isEmpty()) {
            g.writeStringField("asOf", asOf);
        }
        g.writeEndObject();
    }
}
