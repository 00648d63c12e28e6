package dev.bulwark.rules.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The level-2 sections of a Markdown text and its fenced code blocks. Only what rule docs need:
 * headings inside fences are not headings, a fence closes with a line of at least as many
 * backticks as opened it.
 */
final class MarkdownSections {
    private final Map<String, String> sections;
    private final List<String> headings;
    private final List<Fence> fences;
    private final List<String> titles;

    /** A fenced block: its info string, content and the 1-based line of the opening fence. */
    record Fence(String info, String content, int line) {
    }

    private MarkdownSections(Map<String, String> sections, List<String> headings, List<Fence> fences,
                             List<String> titles) {
        this.sections = sections;
        this.headings = headings;
        this.fences = fences;
        this.titles = titles;
    }

    static MarkdownSections parse(String markdown) {
        Map<String, String> sections = new LinkedHashMap<>();
        List<String> headings = new ArrayList<>();
        List<Fence> fences = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String current = "";
        StringBuilder content = new StringBuilder();
        String fenceMarker = "";
        String fenceInfo = "";
        int fenceLine = 0;
        StringBuilder fenceContent = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fenceMarker.isEmpty()) {
                if (line.startsWith("```")) {
                    fenceMarker = leadingBackticks(line);
                    fenceInfo = line.substring(fenceMarker.length()).strip();
                    fenceLine = i + 1;
                    fenceContent.setLength(0);
                } else if (line.startsWith("# ")) {
                    titles.add(line.substring(2).strip());
                } else if (line.startsWith("## ")) {
                    sections.put(current, content.toString());
                    current = line.substring(3).strip();
                    headings.add(current);
                    content.setLength(0);
                    continue;
                }
            } else if (line.startsWith(fenceMarker) && onlyBackticks(line.strip())) {
                fences.add(new Fence(fenceInfo, fenceContent.toString(), fenceLine));
                fenceMarker = "";
            } else {
                fenceContent.append(line).append('\n');
            }
            content.append(line).append('\n');
        }
        sections.put(current, content.toString());
        return new MarkdownSections(Map.copyOf(sections), List.copyOf(headings), List.copyOf(fences),
                List.copyOf(titles));
    }

    private static String leadingBackticks(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '`') {
            n++;
        }
        return line.substring(0, n);
    }

    private static boolean onlyBackticks(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '`') {
                return false;
            }
        }
        return true;
    }

    /** The content of the section under {@code ## heading}, without the heading line. */
    Optional<String> section(String heading) {
        return Optional.ofNullable(sections.get(heading));
    }

    /** Text before the first level-2 heading. */
    String preamble() {
        return sections.getOrDefault("", "");
    }

    List<String> headings() {
        return headings;
    }

    List<Fence> fences() {
        return fences;
    }

    /** Level-1 headings outside fences. */
    List<String> titles() {
        return titles;
    }
}
