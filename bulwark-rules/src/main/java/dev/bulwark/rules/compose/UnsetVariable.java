package dev.bulwark.rules.compose;

import dev.bulwark.compose.ComposeProblem;
import dev.bulwark.compose.ComposeProject;
import dev.bulwark.compose.ProblemKind;
import dev.bulwark.core.Practice;
import dev.bulwark.core.Severity;
import dev.bulwark.core.Span;
import dev.bulwark.rules.EngineDiagnostic;
import dev.bulwark.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variables a Compose file interpolates that have no value in the project's {@code .env} and no
 * default. The engine reports the loader's {@code UNDEFINED_VARIABLE} and {@code REQUIRED_VARIABLE}
 * problems under this code through {@link #findings}: one finding per file and kind, at the first
 * use, naming the variables. Real projects supply many variables from the shell or CI (the corpus
 * has files with dozens), so one line per variable would drown everything else.
 */
@RuleInfo(code = "DC002", name = "unset-variable", practice = Practice.CORRECTNESS,
        severity = Severity.INFO,
        summary = "A Compose file uses a variable that has no value in `.env` and no default.",
        fix = "Give the variable a value in `.env` beside the Compose file, or a default: `${VAR:-value}`.")
public final class UnsetVariable implements EngineDiagnostic {
    private static final int NAMES_SHOWN = 4;

    /** One finding: where (the first use) and what it says. */
    public record Summary(Span at, String message) {
    }

    /** The loader's problems that are this rule's business. */
    public static boolean isOwnProblem(ComposeProblem problem) {
        return problem.kind() == ProblemKind.UNDEFINED_VARIABLE || problem.kind() == ProblemKind.REQUIRED_VARIABLE;
    }

    /**
     * The findings for a project's problems: per file, one for optional and one for required
     * variables. Optional variables whose empty value changes nothing are left out
     * ({@link HarmlessUnset}).
     */
    public static List<Summary> findings(ComposeProject project) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ComposeProblem p : project.problems()) {
            if (!isOwnProblem(p)) {
                continue;
            }
            if (p.kind() == ProblemKind.UNDEFINED_VARIABLE && HarmlessUnset.isHarmless(project, p.span(),
                    variableName(p.span().text()))) {
                continue;
            }
            boolean required = p.kind() == ProblemKind.REQUIRED_VARIABLE;
            String key = p.span().path() + (required ? "\nrequired" : "\noptional");
            Group g = groups.get(key);
            if (g == null) {
                g = new Group(p.span(), required);
                groups.put(key, g);
            }
            String name = variableName(p.span().text());
            if (!g.names.contains(name)) {
                g.names.add(name);
            }
        }
        List<Summary> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            out.add(new Summary(g.first, g.message()));
        }
        return out;
    }

    /** The name in a {@code $VAR} or {@code ${VAR...}} expression; the whole text when it is neither. */
    static String variableName(String expression) {
        int i = expression.startsWith("${") ? 2 : expression.startsWith("$") ? 1 : 0;
        int end = i;
        while (end < expression.length()
                && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_')) {
            end++;
        }
        return end > i ? expression.substring(i, end) : expression;
    }

    private static final class Group {
        final Span first;
        final boolean required;
        final List<String> names = new ArrayList<>();

        Group(Span first, boolean required) {
            this.first = first;
            this.required = required;
        }

        String message() {
            StringBuilder m = new StringBuilder();
            int shown = Math.min(NAMES_SHOWN, names.size());
            for (int i = 0; i < shown; i++) {
                m.append(i == 0 ? "" : i == shown - 1 && shown == names.size() ? " and " : ", ")
                        .append('`').append(names.get(i)).append('`');
            }
            if (names.size() > shown) {
                m.append(" and ").append(names.size() - shown).append(" more");
            }
            boolean one = names.size() == 1;
            if (required) {
                return m + (one ? " is" : " are") + " required (`:?`) and " + (one ? "has" : "have")
                        + " no value in .env";
            }
            return m + (one ? " has" : " have") + " no value in .env and no default";
        }
    }
}
