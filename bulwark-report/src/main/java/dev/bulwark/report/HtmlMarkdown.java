package dev.bulwark.report;

/**
 * The rule pages' Markdown as HTML, for the HTML report: headings, paragraphs, lists, fenced
 * code, tables as preformatted text, inline code, bold and links (http and https only). Every
 * piece of text is escaped first; this is not a general Markdown renderer, only enough for the
 * pages under {@code docs/rules/}.
 */
final class HtmlMarkdown {

    private HtmlMarkdown() {
    }

    static String render(String markdown) {
        StringBuilder html = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean inList = false;
        boolean inFence = false;
        boolean inTable = false;
        for (String line : markdown.split("\n", -1)) {
            if (inFence) {
                if (line.startsWith("```")) {
                    html.append("</code></pre>\n");
                    inFence = false;
                } else {
                    html.append(Markup.escape(line)).append('\n');
                }
                continue;
            }
            boolean table = line.startsWith("|");
            if (inTable && !table) {
                html.append("</pre>\n");
                inTable = false;
            }
            String trimmed = line.strip();
            boolean item = trimmed.startsWith("- ") || trimmed.startsWith("* ");
            if (inList && !item && !(trimmed.length() > 0 && line.startsWith("  "))) {
                html.append("</ul>\n");
                inList = false;
            }
            if (line.startsWith("```")) {
                flush(paragraph, html);
                html.append("<pre><code>");
                inFence = true;
            } else if (table) {
                flush(paragraph, html);
                if (!inTable) {
                    html.append("<pre class=\"table\">");
                    inTable = true;
                }
                html.append(Markup.escape(line)).append('\n');
            } else if (trimmed.startsWith("#")) {
                flush(paragraph, html);
                int level = 0;
                while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                    level++;
                }
                html.append("<h4>").append(inline(trimmed.substring(level).strip())).append("</h4>\n");
            } else if (item) {
                flush(paragraph, html);
                if (!inList) {
                    html.append("<ul>\n");
                    inList = true;
                }
                html.append("<li>").append(inline(trimmed.substring(2))).append("</li>\n");
            } else if (inList && !trimmed.isEmpty()) {
                // A list item's continuation line.
                int end = html.lastIndexOf("</li>");
                html.insert(end, " " + inline(trimmed));
            } else if (trimmed.isEmpty()) {
                flush(paragraph, html);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(trimmed);
            }
        }
        flush(paragraph, html);
        if (inFence) {
            html.append("</code></pre>\n");
        }
        if (inTable) {
            html.append("</pre>\n");
        }
        if (inList) {
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private static void flush(StringBuilder paragraph, StringBuilder html) {
        if (paragraph.length() > 0) {
            html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    /**
     * Text with its {@code `code`} spans as code, everything else escaped: for messages and fix
     * hints, which may quote audited text but are never Markdown otherwise.
     */
    static String codeSpans(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('`', i);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            if (close < 0) {
                out.append(Markup.escape(text.substring(i)));
                break;
            }
            out.append(Markup.escape(text.substring(i, open))).append("<code>")
                    .append(Markup.escape(text.substring(open + 1, close))).append("</code>");
            i = close + 1;
        }
        return out.toString();
    }

    /** Inline code, bold and links; everything else escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i) {
                    out.append("<code>").append(Markup.escape(text.substring(i + 1, end))).append("</code>");
                    i = end + 1;
                    continue;
                }
            } else if (c == '*' && text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    out.append("<strong>").append(inline(text.substring(i + 2, end))).append("</strong>");
                    i = end + 2;
                    continue;
                }
            } else if (c == '[') {
                int close = text.indexOf("](", i);
                int end = close < 0 ? -1 : text.indexOf(')', close + 2);
                if (close > i && end > close) {
                    String label = text.substring(i + 1, close);
                    String url = text.substring(close + 2, end);
                    if (url.startsWith("https://") || url.startsWith("http://")) {
                        out.append("<a href=\"").append(Markup.attribute(url)).append("\" rel=\"noopener noreferrer\">")
                                .append(inline(label)).append("</a>");
                    } else {
                        out.append(inline(label));
                    }
                    i = end + 1;
                    continue;
                }
            }
            int width = Character.charCount(text.codePointAt(i));
            out.append(Markup.escape(text.substring(i, i + width)));
            i += width;
        }
        return out.toString();
    }
}
