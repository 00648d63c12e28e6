package dev.bulwark.rules.docs;

import dev.bulwark.core.FixApplicability;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule's documentation: the Markdown resource beside the rule class ({@code LatestTag.md} in
 * the rule's package) plus the metadata from its {@code @RuleInfo} and declared options. The
 * resource holds only prose and examples; {@link #page()} renders the metadata header, so code,
 * name, severity, summary, fix and option defaults are written once, in the code.
 */
public final class RuleDocs {
    /** The level-2 sections every rule doc has, in this order. */
    public static final List<String> SECTIONS =
            List.of("What it flags", "Why it matters", "Example", "Fix", "Options", "References");

    private final RuleMeta meta;
    private final List<RuleOption> options;
    private final String body;
    private final MarkdownSections sections;

    private RuleDocs(RuleMeta meta, List<RuleOption> options, String body) {
        this.meta = meta;
        this.options = List.copyOf(options);
        this.body = body;
        this.sections = MarkdownSections.parse(body);
    }

    /** Loads the doc of {@code rule}. Fails when the resource is missing: every rule has one. */
    public static RuleDocs of(Rule rule) {
        Class<? extends Rule> type = rule.getClass();
        return new RuleDocs(Rules.meta(type), rule.options(), load(type));
    }

    /** Loads the doc of a rule class; the class needs a public no-argument constructor. */
    public static RuleDocs of(Class<? extends Rule> ruleClass) {
        try {
            return of(ruleClass.getDeclaredConstructor().newInstance());
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructing " + ruleClass.getName() + " failed", e.getCause());
        }
    }

    /** Resource name of the doc for a rule class, relative to its package. */
    public static String resourceName(Class<? extends Rule> ruleClass) {
        return ruleClass.getSimpleName() + ".md";
    }

    private static String load(Class<? extends Rule> type) {
        String name = resourceName(type);
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no rule doc " + name + " beside " + type.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    public RuleMeta meta() {
        return meta;
    }

    /** The hand-written Markdown, exactly as in the resource. */
    public String body() {
        return body;
    }

    /** The content of a {@code ## heading} section of the body. */
    public Optional<String> section(String heading) {
        return sections.section(heading);
    }

    /** The level-2 headings of the body, in order. */
    public List<String> headings() {
        return sections.headings();
    }

    /** Level-1 headings of the body; the page title is generated, so a doc should have none. */
    public List<String> titles() {
        return sections.titles();
    }

    /** Required sections the body lacks, in {@link #SECTIONS} order. */
    public List<String> missingSections() {
        List<String> missing = new ArrayList<>();
        for (String s : SECTIONS) {
            if (sections.section(s).isEmpty()) {
                missing.add(s);
            }
        }
        return missing;
    }

    /** The {@code bad} and {@code good} fenced examples of the whole body. */
    public List<DocExample> examples() {
        List<DocExample> result = new ArrayList<>();
        List<MarkdownSections.Fence> fences = sections.fences();
        for (int i = 0; i < fences.size(); i++) {
            MarkdownSections.Fence fence = fences.get(i);
            String[] words = fence.info().split("\\s+");
            if (words.length == 2 && (words[1].equals("bad") || words[1].equals("good"))) {
                DocExample.Verdict verdict = words[1].equals("bad") ? DocExample.Verdict.BAD : DocExample.Verdict.GOOD;
                Optional<String> ignore = i + 1 < fences.size() && fences.get(i + 1).info().strip().equals("dockerignore")
                        ? Optional.of(fences.get(i + 1).content()) : Optional.empty();
                int next = ignore.isPresent() ? i + 2 : i + 1;
                Optional<String> context = next < fences.size() && fences.get(next).info().strip().equals("context")
                        ? Optional.of(fences.get(next).content()) : Optional.empty();
                Optional<String> image = words[0].equals("yaml") && i + 1 < fences.size()
                        && fences.get(i + 1).info().strip().equals("dockerfile")
                        ? Optional.of(fences.get(i + 1).content()) : Optional.empty();
                result.add(new DocExample(words[0], verdict, fence.content(), fence.line(), ignore, context, image));
            }
        }
        return List.copyOf(result);
    }

    /** File name of the generated page: {@code DF003-latest-tag.md}. */
    public String fileName() {
        return meta.code() + "-" + meta.name() + ".md";
    }

    /** The full page: generated metadata header, then the body with the options table inserted. */
    public String page() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(meta.code()).append(" `").append(meta.name()).append("`\n\n");
        out.append(meta.summary()).append("\n\n");
        out.append("| Property | Value |\n| --- | --- |\n");
        row(out, "Code", "`" + meta.code() + "`");
        row(out, "Name", "`" + meta.name() + "`");
        row(out, "Practice", "`" + meta.practice().id() + "`");
        row(out, "Default severity", meta.severity().id());
        row(out, "Enabled by default", meta.enabledByDefault() ? "yes" : "no");
        row(out, "Aliases", meta.aliases().isEmpty() ? "none"
                : codeSpans(meta.aliases()));
        row(out, "Fix", meta.fixHint());
        if (meta.autofix() != FixApplicability.NONE) {
            row(out, "Autofix", autofix(meta.autofix()));
        }
        out.append('\n');
        out.append(bodyWithOptionsTable().strip()).append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String key, String value) {
        out.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }

    private String bodyWithOptionsTable() {
        if (options.isEmpty()) {
            return body;
        }
        StringBuilder table = new StringBuilder("\n| Option | Type | Default | Description |\n| --- | --- | --- | --- |\n");
        for (RuleOption option : options) {
            table.append("| `").append(option.name()).append("` | ")
                    .append(option.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" | ")
                    .append(formatDefault(option).replace("|", "\\|")).append(" | ")
                    .append(option.description().replace("|", "\\|")).append(" |\n");
        }
        String heading = "## Options\n";
        int at = body.startsWith(heading) ? 0 : body.indexOf("\n" + heading);
        if (at < 0) {
            return body + "\n" + heading + table;
        }
        int insert = body.indexOf(heading, at) + heading.length();
        return body.substring(0, insert) + table + body.substring(insert);
    }

    private static String autofix(FixApplicability applicability) {
        return switch (applicability) {
            case SAFE -> "safe: `bulwark fix` applies it";
            case UNSAFE -> "unsafe: `bulwark fix --unsafe-fixes` applies it (it may change what the image does)";
            case NONE -> throw new IllegalArgumentException("no autofix");
        };
    }

    private static String formatDefault(RuleOption option) {
        Object value = option.defaultValue();
        if (value instanceof List<?> list) {
            return codeSpans(list);
        }
        if (value instanceof String s) {
            return "`\"" + s + "\"`";
        }
        return "`" + value + "`";
    }

    /** {@code `a`, `b`, `c`}. */
    private static String codeSpans(List<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('`').append(v).append('`');
        }
        return out.toString();
    }
}
