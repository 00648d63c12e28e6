package dev.bulwark.shell;

import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * getopt-style reading of a command's arguments. Options may follow positionals (GNU permutation:
 * {@code apt-get install -y x}); {@code --} ends options; a lone {@code -} is a positional.
 */
final class CommandOptions {
    private CommandOptions() {
    }

    static boolean hasFlag(List<Word> args, Set<String> valueOptions, String... forms) {
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("--")) {
                return false;
            }
            if (!isOption(v)) {
                continue;
            }
            for (String form : forms) {
                if (matches(v, form, valueOptions)) {
                    return true;
                }
            }
            if (takesNextValue(v, valueOptions)) {
                i++;
            }
        }
        return false;
    }

    static List<Word> flagValues(List<Word> args, Set<String> valueOptions, String... forms) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Word arg = args.get(i);
            String v = arg.value();
            if (v.equals("--")) {
                break;
            }
            if (!isOption(v)) {
                continue;
            }
            boolean found = false;
            for (String form : forms) {
                if (v.startsWith("--")) {
                    if (!form.startsWith("--")) {
                        continue;
                    }
                    if (v.equals(form)) {
                        if (i + 1 < args.size()) {
                            out.add(args.get(i + 1));
                        }
                        i++;
                        found = true;
                    } else if (v.startsWith(form) && v.charAt(form.length()) == '=') {
                        out.add(arg.dropValuePrefix(form.length() + 1));
                        found = true;
                    }
                } else if (isShortForm(form)) {
                    int at = clusterValueStart(v, form.charAt(1), valueOptions);
                    if (at < 0) {
                        continue;
                    }
                    if (at < v.length()) {
                        out.add(arg.dropValuePrefix(at));
                    } else {
                        if (i + 1 < args.size()) {
                            out.add(args.get(i + 1));
                        }
                        i++;
                    }
                    found = true;
                } else if (v.equals(form)) {
                    // A multi-letter single-dash option such as find's -name: value follows.
                    if (i + 1 < args.size()) {
                        out.add(args.get(i + 1));
                    }
                    i++;
                    found = true;
                }
                if (found) {
                    break;
                }
            }
            if (!found && takesNextValue(v, valueOptions)) {
                i++;
            }
        }
        return out;
    }

    static Optional<Word> flagValue(List<Word> args, Set<String> valueOptions, String... forms) {
        List<Word> all = flagValues(args, valueOptions, forms);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static List<Word> positionals(List<Word> args, Set<String> valueOptions) {
        List<Word> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("--")) {
                out.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!isOption(v)) {
                out.add(args.get(i));
            } else if (takesNextValue(v, valueOptions)) {
                i++;
            }
        }
        return out;
    }

    /** Index of the first word that is not an option or an option's value, POSIX style (stops at it). */
    static int skipLeadingOptions(List<Word> words, int from, Set<String> valueOptions) {
        int i = from;
        while (i < words.size()) {
            String v = words.get(i).value();
            if (v.equals("--")) {
                return i + 1;
            }
            if (!isOption(v)) {
                return i;
            }
            i += takesNextValue(v, valueOptions) ? 2 : 1;
        }
        return words.size();
    }

    /**
     * The arguments with long options spelled out in full, as getopt_long and Python's optparse
     * accept them: a word that is an unambiguous prefix of one of {@code longOptions}
     * ({@code --no-cache} of {@code --no-cache-dir}) becomes that option, {@code --req=x} becomes
     * {@code --requirement=x} with the value's parts (and ranges) kept. Nothing after {@code --}.
     */
    static List<Word> spellOutLongOptions(List<Word> args, Collection<String> longOptions) {
        List<Word> out = new ArrayList<>(args.size());
        boolean ended = false;
        for (Word w : args) {
            String v = w.value();
            if (ended || !v.startsWith("--") || v.length() == 2) {
                ended |= v.equals("--");
                out.add(w);
                continue;
            }
            int eq = v.indexOf('=');
            String name = eq < 0 ? v : v.substring(0, eq);
            String full = uniqueOption(name, longOptions);
            if (full == null || full.equals(name)) {
                out.add(w);
            } else if (eq < 0) {
                out.add(new Word(full, w.range(), List.of(new WordPart.Literal(full, w.range()))));
            } else {
                Word value = w.dropValuePrefix(eq + 1);
                List<WordPart> parts = new ArrayList<>();
                parts.add(new WordPart.Literal(full + "=", new TextRange(w.range().start(), value.range().start())));
                parts.addAll(value.parts());
                out.add(new Word(full + "=" + value.raw(), w.range(), parts));
            }
        }
        return out;
    }

    /** The one option {@code name} is, or the prefix of; null when none or ambiguous. */
    private static String uniqueOption(String name, Collection<String> longOptions) {
        if (longOptions.contains(name)) {
            return name;
        }
        String match = null;
        for (String option : longOptions) {
            if (option.startsWith(name)) {
                if (match != null) {
                    return null;
                }
                match = option;
            }
        }
        return match;
    }

    static boolean isOption(String v) {
        return v.length() > 1 && v.charAt(0) == '-';
    }

    private static boolean isShortForm(String form) {
        return form.length() == 2 && form.charAt(0) == '-' && form.charAt(1) != '-';
    }

    private static boolean matches(String arg, String form, Set<String> valueOptions) {
        if (arg.equals(form)) {
            return true;
        }
        if (arg.startsWith("--")) {
            return form.startsWith("--") && arg.startsWith(form) && arg.length() > form.length()
                    && arg.charAt(form.length()) == '=';
        }
        return isShortForm(form) && clusterValueStart(arg, form.charAt(1), valueOptions) >= 0;
    }

    /**
     * Where the value of option {@code letter} starts inside the short cluster {@code arg}
     * ({@code arg.length()} when it is the next word), or -1 when the cluster lacks the letter.
     * Scanning stops at the first option that takes a value: the rest of the cluster is that value.
     */
    private static int clusterValueStart(String arg, char letter, Set<String> valueOptions) {
        for (int j = 1; j < arg.length(); j++) {
            char c = arg.charAt(j);
            if (c == letter) {
                return j + 1;
            }
            if (!valueOptions.isEmpty() && valueOptions.contains(shortOption(c))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the option word {@code v} consumes the following word as its value. */
    private static boolean takesNextValue(String v, Set<String> valueOptions) {
        if (valueOptions.isEmpty()) {
            return false;
        }
        if (v.startsWith("--")) {
            return v.indexOf('=') < 0 && valueOptions.contains(v);
        }
        if (valueOptions.contains(v)) {
            return true;
        }
        for (int j = 1; j < v.length(); j++) {
            if (valueOptions.contains(shortOption(v.charAt(j)))) {
                return j == v.length() - 1;
            }
        }
        return false;
    }

    /** {@code -c}: asked for each letter of every option cluster, so built without concatenation. */
    private static String shortOption(char letter) {
        return String.valueOf(new char[] {'-', letter});
    }
}
