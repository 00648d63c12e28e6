package dev.bulwark.yaml;

import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML text with snakeyaml-engine's compose API into {@link YamlFile}. Total: every input
 * yields documents plus problems, never an exception (ARCHITECTURE "Errors are values").
 */
public final class YamlParser {
    private final YamlLimits limits;

    public YamlParser() {
        this(YamlLimits.defaults());
    }

    public YamlParser(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlFile parse(SourceText source) {
        String text = source.text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<SyntaxProblem> problems = new ArrayList<>();
        List<YamlDocument> documents = new ArrayList<>();
        int documentStart = 0;
        Optional<Mark> selfMerge = SelfMerges.first(text, settings(source.path()));
        if (selfMerge.isPresent()) {
            problems.add(new SyntaxProblem(TextRange.empty(offsets.toUtf16(selfMerge.get().getIndex())),
                    "merge key `<<` names an anchor inside its own definition"));
            return new YamlFile(source, documents, problems);
        }
        try {
            Iterator<Node> nodes = new Compose(settings(source.path())).composeAllFromString(text).iterator();
            while (nodes.hasNext()) {
                Node root = nodes.next();
                NodeConverter converter = new NodeConverter(text, offsets, problems);
                YamlNode converted = converter.convert(root);
                if (converter.expandedSize(root) > limits.maxExpandedNodes()) {
                    TextRange at = TextRange.empty(converted.range().start());
                    problems.add(new SyntaxProblem(at, "document expands to more than "
                            + limits.maxExpandedNodes() + " nodes through aliases"));
                    converted = new YamlScalar(at, YamlTags.NULL, "", "", ScalarStyle.PLAIN);
                }
                documents.add(new YamlDocument(converted));
                Optional<Mark> end = root.getEndMark();
                if (end.isPresent()) {
                    documentStart = offsets.toUtf16(end.get().getIndex());
                }
            }
        } catch (MarkedYamlEngineException e) {
            problems.add(new SyntaxProblem(at(text, offsets, markOf(e), documentStart), message(e)));
        } catch (ReaderException e) {
            problems.add(new SyntaxProblem(at(text, offsets, e.getPosition()),
                    String.format("unacceptable character U+%04X", e.getCodePoint())));
        } catch (YamlEngineException | IllegalArgumentException e) {
            // Limits (aliases, size) and key checks carry no mark: point at the failing document.
            // The composer rejects some malformed tags (`!G%a`: "Tag must not contain leading or
            // trailing spaces") with a plain IllegalArgumentException (found by YamlParserFuzzTest).
            String message = clean(e.getMessage());
            Optional<Mark> alias = message.startsWith("Number of aliases")
                    ? LimitPlaces.aliasOverLimit(text, settings(source.path()), limits.maxCollectionAliases())
                    : Optional.empty();
            problems.add(new SyntaxProblem(at(text, offsets, alias, documentStart), message));
        } catch (StackOverflowError e) {
            // The loader composes recursively; hostile nesting must not take the process down.
            Optional<Mark> deep = LimitPlaces.tooDeep(text, settings(source.path()));
            problems.add(new SyntaxProblem(at(text, offsets, deep, documentStart), deep.isPresent()
                    ? "nesting too deep (more than " + LimitPlaces.REPORTED_DEPTH + " levels)" : "nesting too deep"));
        }
        return new YamlFile(source, documents, problems);
    }

    private LoadSettings settings(String label) {
        return LoadSettings.builder()
                .setLabel(label)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true)
                .setAllowNonScalarKeys(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxCollectionAliases())
                .setCodePointLimit(limits.maxCodePoints())
                .setParseComments(false)
                .setUseMarks(true)
                .build();
    }

    private static Optional<Mark> markOf(MarkedYamlEngineException e) {
        Optional<Mark> problem = e.getProblemMark();
        return problem.isPresent() ? problem : e.getContextMark();
    }

    private static TextRange at(String text, CodePointOffsets offsets, Optional<Mark> mark, int fallback) {
        return mark.isPresent() ? at(text, offsets, mark.get().getIndex())
                : TextRange.empty(skipBlanks(text, fallback));
    }

    /** One code point at the mark, or an empty range at the end of the text. */
    private static TextRange at(String text, CodePointOffsets offsets, int codePointIndex) {
        int start = offsets.toUtf16(codePointIndex);
        if (start >= text.length()) {
            return TextRange.empty(text.length());
        }
        return new TextRange(start, start + Character.charCount(text.codePointAt(start)));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "expected ',' or ']', but got ':' (while parsing a flow sequence)". */
    private static String message(MarkedYamlEngineException e) {
        String problem = clean(e.getProblem());
        String context = clean(e.getContext());
        if (problem.isEmpty()) {
            return context.isEmpty() ? "invalid YAML" : context;
        }
        return context.isEmpty() ? problem : problem + " (" + context + ")";
    }

    private static String clean(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }
}
