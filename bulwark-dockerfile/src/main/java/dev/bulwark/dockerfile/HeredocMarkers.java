package dev.bulwark.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds heredoc markers in a logical line (spec 1.7): the line is split into shell words keeping
 * quotes and escapes raw; a word matching {@code ^(\d*)<<(-?)\s*([^<]*)$} whose rest lexes to
 * exactly one word is a marker. The delimiter is that word with quotes removed; any quoting
 * disables expansion of the body.
 */
final class HeredocMarkers {

    private HeredocMarkers() {
    }

    /** A marker: its logical extent in the line and what it declares. */
    record Marker(int start, int end, String name, boolean chomp, boolean quoted, OptionalInt fd) {
    }

    /** A marker word that Docker rejects (unbalanced quotes), with its logical extent. */
    record Error(int start, int end, String message) {
    }

    record Found(List<Marker> markers, List<Error> errors) {
    }

    private record Parsed(String name, boolean chomp, boolean quoted, OptionalInt fd, String error) {
    }

    static Found find(String line) {
        List<Marker> markers = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        List<int[]> words = shellWords(line);
        for (int w = 0; w < words.size(); w++) {
            int start = words.get(w)[0];
            int end = words.get(w)[1];
            String raw = line.substring(start, end);
            int restStart = restStart(raw);
            if (restStart < 0) {
                continue;
            }
            // spec 1.7: whitespace is allowed between << and the word (`<< EOF`).
            if (restStart == raw.length() && w + 1 < words.size()) {
                int[] next = words.get(w + 1);
                String nextRaw = line.substring(next[0], next[1]);
                if (nextRaw.indexOf('<') >= 0) {
                    continue;
                }
                raw = raw + " " + nextRaw;
                restStart = raw.length() - nextRaw.length();
                end = next[1];
                w++;
            }
            Parsed parsed = parse(raw, restStart);
            if (parsed == null) {
                continue;
            }
            if (parsed.error() != null) {
                errors.add(new Error(start, end, parsed.error()));
                continue;
            }
            markers.add(new Marker(start, end, parsed.name(), parsed.chomp(), parsed.quoted(), parsed.fd()));
        }
        return new Found(markers, errors);
    }

    /** Whether a single word is a heredoc marker ({@code MustParseHeredoc}). */
    static boolean isMarker(String word) {
        int restStart = restStart(word);
        if (restStart < 0) {
            return false;
        }
        Parsed parsed = parse(word, restStart);
        return parsed != null && parsed.error() == null;
    }

    /** Where the part after {@code <<}/{@code <<-} and blanks starts, or -1 if no match. */
    private static int restStart(String raw) {
        int i = 0;
        int n = raw.length();
        while (i < n && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        if (!raw.startsWith("<<", i)) {
            return -1;
        }
        i += 2;
        if (i < n && raw.charAt(i) == '-') {
            i++;
        }
        while (i < n && GoText.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        return raw.indexOf('<', i) >= 0 ? -1 : i;
    }

    private static Parsed parse(String raw, int restStart) {
        if (restStart >= raw.length()) {
            return null;
        }
        int lt = raw.indexOf("<<");
        OptionalInt fd = OptionalInt.empty();
        if (lt > 0) {
            long v = 0;
            for (int i = 0; i < lt && v >= 0; i++) {
                v = v * 10 + (raw.charAt(i) - '0');
                if (v > Integer.MAX_VALUE) {
                    v = 0;
                    break;
                }
            }
            fd = OptionalInt.of((int) v);
        }
        boolean chomp = lt + 2 < raw.length() && raw.charAt(lt + 2) == '-';
        String rest = raw.substring(restStart);
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        int words = 0;
        char quote = 0;
        int n = rest.length();
        for (int i = 0; i < n; i++) {
            char c = rest.charAt(i);
            if (quote == 0) {
                if (GoText.isSpace(c)) {
                    if (started) {
                        words++;
                        started = false;
                    }
                    continue;
                }
                started = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                    quoted = true;
                } else if (c == '\\' && i + 1 < n) {
                    name.append(rest.charAt(++i));
                } else {
                    name.append(c);
                }
            } else if (c == quote) {
                quote = 0;
            } else if (quote == '"' && c == '\\' && i + 1 < n && "\"$\\".indexOf(rest.charAt(i + 1)) >= 0) {
                name.append(rest.charAt(++i));
            } else {
                name.append(c);
            }
        }
        if (quote != 0) {
            String which = quote == '\'' ? "single" : "double";
            return new Parsed("", chomp, true, fd,
                    "unexpected end of statement while looking for matching " + which + "-quote");
        }
        if (started) {
            words++;
        }
        if (words != 1) {
            return null;
        }
        return new Parsed(name.toString(), chomp, quoted, fd, null);
    }

    /** Shell words of a line: blanks separate, quotes and backslash escapes group. */
    private static List<int[]> shellWords(String s) {
        List<int[]> words = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && GoText.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            char quote = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (quote == 0) {
                    if (GoText.isSpace(c)) {
                        break;
                    }
                    if (c == '\'' || c == '"') {
                        quote = c;
                    } else if (c == '\\') {
                        i++;
                    }
                } else if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\') {
                    i++;
                }
                i++;
            }
            words.add(new int[] {start, Math.min(i, n)});
        }
        return words;
    }
}
