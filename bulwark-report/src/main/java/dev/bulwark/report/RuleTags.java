package dev.bulwark.report;

import dev.bulwark.core.Practice;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How reports classify a rule: SARIF tags, security relevance and scores (spec 4.2). */
final class RuleTags {
    static final String SECURITY = "security";

    private static final Set<Practice> SECURITY_PRACTICES = EnumSet.of(
            Practice.SECRET_MANAGEMENT, Practice.NON_ROOT_USER, Practice.SECURITY, Practice.DEPENDENCY_SCANNING);

    private static final Map<String, String> FAMILIES = Map.of(
            "DF", "dockerfile",
            "DI", "dockerignore",
            "DC", "compose",
            "KU", "kubernetes",
            "CI", "ci",
            "IM", "image",
            "PJ", "project",
            "BW", "bulwark");

    private RuleTags() {
    }

    /** Practice, input family, then {@code security} when it applies; no duplicates. */
    static List<String> tags(RuleMeta rule) {
        List<String> tags = new ArrayList<>();
        addOnce(tags, rule.practice().id());
        String family = FAMILIES.get(rule.prefix());
        if (family != null) {
            addOnce(tags, family);
        }
        if (isSecurity(rule)) {
            addOnce(tags, SECURITY);
        }
        return tags;
    }

    static boolean isSecurity(RuleMeta rule) {
        return SECURITY_PRACTICES.contains(rule.practice());
    }

    /**
     * GitHub's security-severity score: high, medium or low band (spec 4.2: 7.0-8.9 high,
     * 4.0-6.9 medium, 0.1-3.9 low).
     */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "8.0";
            case WARNING -> "5.5";
            case INFO -> "2.0";
        };
    }

    /** GitHub's {@code problem.severity} for rules that are not security rules. */
    static String problemSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        };
    }

    /** SARIF result level. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static void addOnce(List<String> tags, String tag) {
        if (!tags.contains(tag)) {
            tags.add(tag);
        }
    }
}
