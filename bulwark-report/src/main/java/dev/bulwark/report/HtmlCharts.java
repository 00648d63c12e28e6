package dev.bulwark.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Horizontal bar charts as inline SVG: a label, a bar as long as its share of the largest value,
 * the count. Each bar links to the report filtered on it ({@code #severity=error}), so a chart is
 * also a filter. No style attributes: the page's style sheet colours the bars by class.
 */
final class HtmlCharts {
    private static final int WIDTH = 420;
    private static final int LABEL = 190;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int MAX_LABEL_CHARS = 24;

    /** One bar: what it counts, how many, the filter it links to, and its class (a severity, or empty). */
    record Bar(String label, int value, String filterKey, String filterValue, String kind) {
    }

    private HtmlCharts() {
    }

    static String chart(String id, String title, List<Bar> bars) {
        StringBuilder svg = new StringBuilder();
        int height = Math.max(1, bars.size()) * ROW + 8;
        svg.append("<figure class=\"chart\" id=\"").append(id).append("\"><figcaption><h3>")
                .append(Markup.escape(title)).append("</h3></figcaption>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-label=\"").append(Markup.attribute(title)).append("\">\n");
        svg.append("<title>").append(Markup.escape(title)).append("</title>\n");
        int max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.value());
        }
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"18\">No findings</text>\n");
        }
        int y = 4;
        int room = WIDTH - LABEL - 40;
        for (Bar b : bars) {
            int length = b.value() == 0 ? 0 : Math.max(2, (int) Math.round((double) room * b.value() / max));
            svg.append("<a href=\"#").append(Markup.attribute(b.filterKey() + "=" + encode(b.filterValue())))
                    .append("\">");
            svg.append("<title>").append(Markup.escape(b.label() + ": " + b.value())).append("</title>");
            svg.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(Markup.escape(shorten(b.label())))
                    .append("</text>");
            svg.append("<rect class=\"bar").append(b.kind().isEmpty() ? "" : " " + b.kind()).append("\" x=\"")
                    .append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR).append("\" rx=\"3\"/>");
            svg.append("<text class=\"count\" x=\"").append(LABEL + length + 6).append("\" y=\"").append(y + 13)
                    .append("\">").append(b.value()).append("</text></a>\n");
            y += ROW;
        }
        svg.append("</svg></figure>\n");
        return svg.toString();
    }

    /** Long labels (paths) keep their end, which names the file. */
    private static String shorten(String label) {
        if (label.length() <= MAX_LABEL_CHARS) {
            return label;
        }
        int start = label.length() - (MAX_LABEL_CHARS - 1);
        if (Character.isLowSurrogate(label.charAt(start))) {
            start++;
        }
        return "\u2026" + label.substring(start);
    }

    /** A value in a URL fragment as URLSearchParams reads it. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
