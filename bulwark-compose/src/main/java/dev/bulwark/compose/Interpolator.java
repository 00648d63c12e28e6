package dev.bulwark.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Compose's variable substitution (NOTES 3.4; CG {@code template/template.go}, described, not
 * copied): {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-d}}, {@code ${VAR-d}}, {@code ${VAR:?e}},
 * {@code ${VAR?e}}, {@code ${VAR:+a}}, {@code ${VAR+a}}, nesting, {@code $$}. Total: an unset
 * variable or a bad expression is recorded with its raw offsets and the scan goes on.
 *
 * <p>Matching follows CG's regular expression: after {@code ${NAME} } plus an operator the
 * expression runs to the last {@code }} of the line, then CG's brace counting (which skips the
 * character after each {@code {}) cuts it at the first balanced {@code }}; the text of a default
 * is interpolated only when used. An expression crossing a line break is invalid, as in CG.
 */
final class Interpolator {
    /** Nested defaults deeper than this are refused (bounded recursion). */
    static final int MAX_DEPTH = 32;

    /** One variable reference found, with raw offsets of its whole expression. */
    static final class Use {
        final String name;
        final int start;
        final int end;
        final VariableUse.State state;
        final EnvVariable variable;

        Use(String name, int start, int end, VariableUse.State state, EnvVariable variable) {
            this.name = name;
            this.start = start;
            this.end = end;
            this.state = state;
            this.variable = variable;
        }
    }

    /** A problem with raw offsets. */
    static final class Failure {
        final ProblemKind kind;
        final int start;
        final int end;
        final String message;

        Failure(ProblemKind kind, int start, int end, String message) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.message = message;
        }
    }

    static final class Result {
        final String value;
        /** Null when the value is the raw text unchanged. */
        final ValueMap map;
        final List<Use> uses;
        final List<Failure> failures;

        Result(String value, ValueMap map, List<Use> uses, List<Failure> failures) {
            this.value = value;
            this.map = map;
            this.uses = uses;
            this.failures = failures;
        }
    }

    private final VariableSource variables;

    Interpolator(VariableSource variables) {
        this.variables = variables;
    }

    Result interpolate(String raw) {
        if (raw.indexOf('$') < 0) {
            return new Result(raw, null, List.of(), List.of());
        }
        List<Use> uses = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        ValueMap map = new ValueMap();
        String value = substitute(raw, 0, raw.length(), 0, uses, failures, map);
        return new Result(value, map.isIdentity(value.length(), raw.length()) ? null : map, uses, failures);
    }

    /** Substitutes {@code raw[from, to)}; {@code map} (top level only) records value-to-raw pieces. */
    private String substitute(String raw, int from, int to, int depth, List<Use> uses, List<Failure> failures,
                              ValueMap map) {
        StringBuilder out = new StringBuilder(to - from);
        int literalStart = from;
        int i = from;
        while (i < to) {
            if (raw.charAt(i) != '$' || i + 1 >= to) {
                i++;
                continue;
            }
            char next = raw.charAt(i + 1);
            int end;
            String replacement;
            if (next == '$') {
                end = i + 2;
                replacement = "$";
            } else if (isNameStart(next)) {
                end = i + 2;
                while (end < to && isNameChar(raw.charAt(end))) {
                    end++;
                }
                replacement = plain(raw.substring(i + 1, end), i, end, uses, failures);
            } else if (next == '{') {
                int[] endHolder = new int[1];
                replacement = braced(raw, i, to, depth, uses, failures, endHolder);
                end = endHolder[0];
            } else {
                // "$1", "$ ", "$-": not an expression, kept as is.
                i++;
                continue;
            }
            if (map != null) {
                map.addLiteral(out.length(), literalStart, i - literalStart);
            }
            out.append(raw, literalStart, i);
            if (map != null) {
                map.addReplacement(out.length(), replacement.length(), i, end - i);
            }
            out.append(replacement);
            i = end;
            literalStart = end;
        }
        if (map != null) {
            map.addLiteral(out.length(), literalStart, to - literalStart);
        }
        out.append(raw, literalStart, to);
        return out.toString();
    }

    private String plain(String name, int start, int end, List<Use> uses, List<Failure> failures) {
        EnvVariable v = variables.find(name);
        if (v == null) {
            uses.add(new Use(name, start, end, VariableUse.State.UNSET, null));
            failures.add(new Failure(ProblemKind.UNDEFINED_VARIABLE, start, end, "variable `" + name + "` is not set"));
            return "";
        }
        uses.add(new Use(name, start, end, VariableUse.State.SET, v));
        return v.value();
    }

    /** A {@code ${...}} expression at {@code start}; its end goes to {@code endHolder[0]}. */
    private String braced(String raw, int start, int to, int depth, List<Use> uses, List<Failure> failures,
                          int[] endHolder) {
        int nameStart = start + 2;
        int j = nameStart;
        if (j < to && isNameStart(raw.charAt(j))) {
            j++;
            while (j < to && isNameChar(raw.charAt(j))) {
                j++;
            }
        }
        String name = raw.substring(nameStart, j);
        if (!name.isEmpty() && j < to && raw.charAt(j) == '}') {
            endHolder[0] = j + 1;
            return plain(name, start, j + 1, uses, failures);
        }
        String op = name.isEmpty() ? "" : operatorAt(raw, j, to);
        int matchEnd = op.isEmpty() ? -1 : lastClosingBraceOnLine(raw, j + op.length(), to);
        if (matchEnd < 0) {
            return invalid(raw, start, to, name, uses, failures, endHolder);
        }
        int close = firstBalancedClose(raw, start, matchEnd + 1);
        if (close < 0) {
            close = matchEnd;
        }
        int argStart = j + op.length();
        endHolder[0] = close + 1;
        if (depth >= MAX_DEPTH) {
            uses.add(new Use(name, start, close + 1, VariableUse.State.UNSET, null));
            failures.add(new Failure(ProblemKind.INVALID_INTERPOLATION, start, close + 1,
                    "interpolation nested more than " + MAX_DEPTH + " levels deep"));
            return "";
        }
        EnvVariable v = variables.find(name);
        boolean set = v != null;
        boolean nonEmpty = set && !v.value().isEmpty();
        switch (op) {
            case ":-":
            case "-": {
                boolean useDefault = op.equals(":-") ? !nonEmpty : !set;
                if (!useDefault) {
                    uses.add(new Use(name, start, close + 1, VariableUse.State.SET, v));
                    return v.value();
                }
                uses.add(new Use(name, start, close + 1, VariableUse.State.DEFAULTED, v));
                return substitute(raw, argStart, close, depth + 1, uses, failures, null);
            }
            case ":+":
            case "+": {
                boolean useAlternate = op.equals(":+") ? nonEmpty : set;
                if (useAlternate) {
                    uses.add(new Use(name, start, close + 1, VariableUse.State.SET, v));
                    return substitute(raw, argStart, close, depth + 1, uses, failures, null);
                }
                uses.add(new Use(name, start, close + 1, set ? VariableUse.State.SET : VariableUse.State.DEFAULTED, v));
                return set ? v.value() : "";
            }
            default: {
                boolean missing = op.equals(":?") ? !nonEmpty : !set;
                if (!missing) {
                    uses.add(new Use(name, start, close + 1, VariableUse.State.SET, v));
                    return v.value();
                }
                String reason = substitute(raw, argStart, close, depth + 1, uses, failures, null);
                uses.add(new Use(name, start, close + 1, VariableUse.State.UNSET, v));
                failures.add(new Failure(ProblemKind.REQUIRED_VARIABLE, start, close + 1,
                        "required variable `" + name + "` is missing a value" + (reason.isEmpty() ? "" : ": " + reason)));
                return "";
            }
        }
    }

    /**
     * CG reports "Invalid template" for {@code ${} } not followed by a name and then {@code }} or an
     * operator. The expression is kept as written; its extent is up to the balanced {@code }} on
     * the line, else the end of the line.
     */
    private String invalid(String raw, int start, int to, String name, List<Use> uses, List<Failure> failures,
                           int[] endHolder) {
        int lineEnd = raw.indexOf('\n', start);
        int limit = lineEnd < 0 || lineEnd > to ? to : lineEnd;
        int close = firstBalancedClose(raw, start, limit);
        int end = close < 0 ? limit : close + 1;
        endHolder[0] = end;
        uses.add(new Use(name, start, end, VariableUse.State.UNSET, null));
        failures.add(new Failure(ProblemKind.INVALID_INTERPOLATION, start, end,
                "invalid interpolation `" + raw.substring(start, end) + "` (escape a literal `$` as `$$`)"));
        return raw.substring(start, end);
    }

    /** The operator right after the name: {@code :-}, {@code :+}, {@code :?}, {@code -}, {@code +}, {@code ?}, or "". */
    private static String operatorAt(String raw, int j, int to) {
        if (j >= to) {
            return "";
        }
        char c = raw.charAt(j);
        if (c == ':' && j + 1 < to && isOperator(raw.charAt(j + 1))) {
            return raw.substring(j, j + 2);
        }
        return isOperator(c) ? String.valueOf(c) : "";
    }

    private static boolean isOperator(char c) {
        return c == '-' || c == '+' || c == '?';
    }

    /** The last {@code }} in {@code [from, to)} before a line break: where CG's greedy {@code (.*)} stops. */
    private static int lastClosingBraceOnLine(String raw, int from, int to) {
        int last = -1;
        for (int k = from; k < to; k++) {
            char c = raw.charAt(k);
            if (c == '\n') {
                break;
            }
            if (c == '}') {
                last = k;
            }
        }
        return last;
    }

    /** CG's {@code getFirstBraceClosingIndex} on {@code raw[from, to)}: skips the character after each {@code {}. */
    private static int firstBalancedClose(String raw, int from, int to) {
        int open = 0;
        for (int k = from; k < to; k++) {
            char c = raw.charAt(k);
            if (c == '}') {
                open--;
                if (open == 0) {
                    return k;
                }
            }
            if (c == '{') {
                open++;
                k++;
            }
        }
        return -1;
    }

    /** Names are {@code [_a-zA-Z][_a-zA-Z0-9]*} (NOTES 3.4). */
    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
