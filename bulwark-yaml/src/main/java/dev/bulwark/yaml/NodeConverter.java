package dev.bulwark.yaml;

import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns one composed snakeyaml document into our node tree. The loader returns an aliased node
 * as the same object as its anchor, so conversion is memoised by identity: the result is a DAG of
 * shared immutable nodes, never an expansion. Runs on one thread, one document at a time.
 */
final class NodeConverter {
    private static final long SATURATED = Long.MAX_VALUE / 4;

    private final String text;
    private final CodePointOffsets offsets;
    private final List<SyntaxProblem> problems;
    private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
    private final Map<Node, Long> expandedSizes = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    NodeConverter(String text, CodePointOffsets offsets, List<SyntaxProblem> problems) {
        this.text = text;
        this.offsets = offsets;
        this.problems = problems;
    }

    /** Number of nodes of {@code node} with every alias expanded (saturating). */
    long expandedSize(Node node) {
        return expandedSizes.getOrDefault(node, 1L);
    }

    YamlNode convert(Node node) {
        YamlNode done = converted.get(node);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(node)) {
            // A node that contains an alias to itself: a graph, not a tree. Cut the cycle.
            TextRange at = TextRange.empty(offset(node.getStartMark().orElse(null)));
            problems.add(new SyntaxProblem(at, "recursive alias to anchor `&" + anchor(node) + "`"));
            return new YamlScalar(at, YamlTags.NULL, "", "", ScalarStyle.PLAIN);
        }
        YamlNode result;
        long size = 1;
        if (node instanceof ScalarNode scalar) {
            result = scalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
            for (Node child : sequence.getValue()) {
                items.add(convert(child));
                size = add(size, expandedSize(child));
            }
            TextRange range = collectionRange(node, items);
            result = new YamlSequence(range, tag(node), anchor(node), items, isFlow(sequence.getFlowStyle()));
        } else if (node instanceof MappingNode mapping) {
            List<YamlEntry> entries = new ArrayList<>(mapping.getValue().size());
            List<YamlNode> children = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                YamlNode key = convert(tuple.getKeyNode());
                YamlNode value = convert(tuple.getValueNode());
                entries.add(new YamlEntry(key, value));
                children.add(key);
                children.add(value);
                size = add(size, add(expandedSize(tuple.getKeyNode()), expandedSize(tuple.getValueNode())));
            }
            TextRange range = collectionRange(node, children);
            reportDuplicateKeys(range, entries);
            result = new YamlMapping(range, tag(node), anchor(node), entries, isFlow(mapping.getFlowStyle()));
        } else {
            // The composer resolves every alias to its anchored node; nothing else exists.
            throw new IllegalStateException("unexpected node type " + node.getNodeType());
        }
        inProgress.remove(node);
        converted.put(node, result);
        expandedSizes.put(node, size);
        return result;
    }

    private YamlScalar scalar(ScalarNode node) {
        int start = offset(node.getStartMark().orElse(null));
        int end = Math.max(start, offset(node.getEndMark().orElse(null)));
        ScalarStyle style = style(node);
        if (style.isBlock()) {
            // The end mark of a block scalar lies after its trailing line breaks.
            end = trimWhitespace(start, end);
        }
        return new YamlScalar(new TextRange(start, end), tag(node), anchor(node), node.getValue(), style);
    }

    /**
     * A flow collection ends at its closing bracket. A block collection's end mark is the start of
     * the next token, past trailing comments and blank lines: trim back to its last content, which
     * is the later of its last child inside it and the last non-comment text before the mark.
     */
    private TextRange collectionRange(Node node, List<YamlNode> children) {
        int start = offset(node.getStartMark().orElse(null));
        int rawEnd = Math.max(start, offset(node.getEndMark().orElse(null)));
        boolean flow = node instanceof SequenceNode s ? isFlow(s.getFlowStyle())
                : node instanceof MappingNode m && isFlow(m.getFlowStyle());
        if (flow) {
            return new TextRange(start, rawEnd);
        }
        int end = trimCommentsAndWhitespace(start, rawEnd);
        for (YamlNode child : children) {
            TextRange r = child.range();
            // Merged and aliased children keep the range of their definition elsewhere.
            if (r.start() >= start && r.end() <= rawEnd) {
                end = Math.max(end, r.end());
            }
        }
        return new TextRange(start, end);
    }

    private void reportDuplicateKeys(TextRange mappingRange, List<YamlEntry> entries) {
        Map<String, YamlScalar> seen = new HashMap<>();
        for (YamlEntry entry : entries) {
            if (entry.key() instanceof YamlScalar key && mappingRange.contains(key.range().start())) {
                YamlScalar first = seen.putIfAbsent(key.tag() + '\0' + key.value(), key);
                if (first != null) {
                    problems.add(new SyntaxProblem(key.range(), "duplicate key `" + key.value() + "`"));
                }
            }
        }
    }

    private int trimWhitespace(int start, int end) {
        int e = end;
        while (e > start && isBlank(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Walks back from {@code end} over blanks, comment-only lines and a trailing comment. */
    private int trimCommentsAndWhitespace(int start, int end) {
        int e = trimWhitespace(start, end);
        while (e > start) {
            int lineStart = text.lastIndexOf('\n', e - 1) + 1;
            int from = Math.max(lineStart, start);
            int comment = commentStart(from, e);
            if (comment < 0) {
                return e;
            }
            int trimmed = trimWhitespace(start, comment);
            if (trimmed == e) {
                return e;
            }
            e = trimmed;
        }
        return e;
    }

    /**
     * The offset of a {@code #} that starts a comment in {@code [from, to)}: at the start or after
     * a blank, outside quotes. A plain scalar with an apostrophe hides a trailing comment, which
     * then stays in the range: harmless, the range only gets longer.
     */
    private int commentStart(int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single && (i == from || text.charAt(i - 1) != '\\')) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == from || isBlank(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private int offset(Mark mark) {
        return mark == null ? 0 : offsets.toUtf16(mark.getIndex());
    }

    private static boolean isFlow(FlowStyle style) {
        return style == FlowStyle.FLOW;
    }

    private static String tag(Node node) {
        return node.getTag().getValue();
    }

    private static String anchor(Node node) {
        Optional<Anchor> anchor = node.getAnchor();
        return anchor.isPresent() ? anchor.get().getValue() : "";
    }

    private static ScalarStyle style(ScalarNode node) {
        return switch (node.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            case PLAIN -> ScalarStyle.PLAIN;
        };
    }

    private static long add(long a, long b) {
        return Math.min(SATURATED, a + b);
    }
}
