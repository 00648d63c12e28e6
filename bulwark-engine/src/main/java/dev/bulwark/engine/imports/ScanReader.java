package dev.bulwark.engine.imports;

import dev.bulwark.core.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scanner's JSON report, telling the scanner by the content: Trivy's {@code trivy image -f
 * json} (a {@code Results} list or {@code ArtifactName}, vulnerabilities in
 * {@code Results[].Vulnerabilities[]}) or Grype's {@code -o json} (a {@code matches} list, the
 * image in {@code source.target}).
 */
final class ScanReader {

    /** A report that is neither scanner's, or not JSON. */
    static final class UnknownReport extends Exception {
        UnknownReport(String message) {
            super(message);
        }
    }

    private ScanReader() {
    }

    static ScanReport read(SourceText source) throws UnknownReport {
        JsonNode root;
        try {
            root = JsonNode.parse(source.text());
        } catch (IOException e) {
            throw new UnknownReport("not valid JSON: " + firstLine(e.getMessage()));
        }
        if (!root.isObject()) {
            throw new UnknownReport("not a Trivy or Grype JSON report (expected an object)");
        }
        if (root.get("matches").isPresent()) {
            return grype(source, root);
        }
        if (root.get("Results").isPresent() || root.get("ArtifactName").isPresent()) {
            return trivy(source, root);
        }
        throw new UnknownReport("not a Trivy (`trivy image -f json`: Results) or Grype (`grype -o json`: matches) report");
    }

    private static ScanReport trivy(SourceText source, JsonNode root) {
        List<ScanReport.Vulnerability> found = new ArrayList<>();
        for (JsonNode result : root.list("Results")) {
            for (JsonNode v : result.list("Vulnerabilities")) {
                found.add(new ScanReport.Vulnerability(v.text("VulnerabilityID"), v.text("PkgName"),
                        v.text("InstalledVersion"), v.text("FixedVersion"), v.text("Severity"), v.text("Title"),
                        v.start()));
            }
        }
        String type = root.text("ArtifactType");
        String image = type.isEmpty() || type.equals("container_image") ? root.text("ArtifactName") : "";
        return new ScanReport(ScanReport.Scanner.TRIVY, source, image, found);
    }

    private static ScanReport grype(SourceText source, JsonNode root) {
        List<ScanReport.Vulnerability> found = new ArrayList<>();
        for (JsonNode match : root.list("matches")) {
            Optional<JsonNode> vulnerability = match.get("vulnerability");
            Optional<JsonNode> artifact = match.get("artifact");
            if (vulnerability.isEmpty()) {
                continue;
            }
            JsonNode v = vulnerability.get();
            List<String> fixes = new ArrayList<>();
            Optional<JsonNode> fix = v.get("fix");
            if (fix.isPresent()) {
                for (JsonNode version : fix.get().list("versions")) {
                    fixes.add(version.isObject() ? "" : textOf(version));
                }
            }
            found.add(new ScanReport.Vulnerability(v.text("id"), artifact.isPresent() ? artifact.get().text("name") : "",
                    artifact.isPresent() ? artifact.get().text("version") : "", String.join(", ", fixes),
                    v.text("severity"), "", match.start()));
        }
        return new ScanReport(ScanReport.Scanner.GRYPE, source, grypeImage(root), found);
    }

    /** {@code source.target.userInput}, else its first tag, for an image source. */
    private static String grypeImage(JsonNode root) {
        Optional<JsonNode> src = root.get("source");
        if (src.isEmpty() || !src.get().text("type").equals("image")) {
            return "";
        }
        Optional<JsonNode> target = src.get().get("target");
        if (target.isEmpty()) {
            return "";
        }
        String input = target.get().text("userInput");
        if (!input.isEmpty()) {
            return input;
        }
        List<JsonNode> tags = target.get().list("tags");
        return tags.isEmpty() ? "" : textOf(tags.get(0));
    }

    private static String textOf(JsonNode scalar) {
        return scalar.scalar();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
