package dev.bulwark.engine.config;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.SyntaxProblem;
import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.image.ImagePin;
import dev.bulwark.engine.pin.ImagePins;
import dev.bulwark.rules.RuleOption;
import dev.bulwark.rules.setups.Setup;
import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlFile;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlParser;
import dev.bulwark.yaml.YamlScalar;
import dev.bulwark.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Validates one {@code .bulwark.yaml} into {@link Settings}. Every error points at the offending
 * key or value. The only class that touches YAML, so runs without a config never load it.
 */
final class ConfigReader {
    static final List<String> TOP_KEYS =
            List.of("select", "ignore", "severity", "fail-on", "trusted-registries", "rules", "overrides", "images",
                    "as-of", "pins");
    static final List<String> OVERRIDE_KEYS = List.of("paths", "select", "ignore", "severity", "rules", "setup");
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    private static final List<String> FAIL_THRESHOLDS = List.of("error", "warning", "info", "none");
    private static final String TRUSTED_REGISTRIES = "trusted-registries";

    private final RuleCatalog catalog;
    private final SourceText source;
    private final Path baseDirectory;
    private final ConfigValues values;

    ConfigReader(RuleCatalog catalog, SourceText source, Path baseDirectory) {
        this.catalog = catalog;
        this.source = source;
        this.values = new ConfigValues(source);
        this.baseDirectory = baseDirectory;
    }

    Settings read() throws ConfigException {
        YamlFile yaml = new YamlParser().parse(source);
        if (yaml.hasProblems()) {
            SyntaxProblem p = yaml.problems().get(0);
            throw error(p.range(), "invalid YAML: " + p.message());
        }
        if (yaml.documents().size() > 1) {
            throw error(yaml.documents().get(1).root().range(), "expected one YAML document, found "
                    + yaml.documents().size());
        }
        if (yaml.documents().isEmpty() || isNull(yaml.documents().get(0).root())) {
            return new Settings(false, List.of(), List.of(), List.of(), Map.of(), FailThreshold.WARNING, List.of(),
                    Map.of(), List.of(), baseDirectory, source.path(), Map.of());
        }
        YamlMapping root = mapping(yaml.documents().get(0).root(), "the configuration");
        checkKeys(root, TOP_KEYS, "key");
        Optional<YamlNode> select = root.get("select");
        if (select.isPresent() && isNull(select.get())) {
            select = Optional.empty();
        }
        List<Selector> selectors = select.isPresent() ? selectors(select.get(), "select") : List.of();
        List<Selector> ignore = selectorsOf(root, "ignore");
        Map<String, Severity> severities = severities(root);
        FailThreshold failOn = root.get("fail-on").isPresent() ? failThreshold(root.get("fail-on").get()) : FailThreshold.WARNING;
        List<String> trusted = root.get(TRUSTED_REGISTRIES).isPresent()
                ? strings(root.get(TRUSTED_REGISTRIES).get(), TRUSTED_REGISTRIES) : List.of();
        Map<String, Map<String, Object>> options = ruleOptions(root);
        if (root.get(TRUSTED_REGISTRIES).isPresent()) {
            foldTrustedRegistries(options, trusted);
        }
        List<PathOverride> overrides = overrides(root);
        Settings settings = new Settings(select.isPresent(), selectors, ignore, List.of(), severities, failOn, trusted,
                options, overrides, baseDirectory, source.path(), images(root)).withPins(pins(root));
        return root.get("as-of").isPresent() && !isNull(root.get("as-of").get())
                ? settings.withAsOf(asOf(root.get("as-of").get())) : settings;
    }

    // `as-of: 2026-11-01`: the day end-of-life dates are judged against, for reproducible runs.
    private java.time.LocalDate asOf(YamlNode node) throws ConfigException {
        String text = string(node, "`as-of`");
        java.time.LocalDate day = RunDates.parse(text);
        if (day == null) {
            throw error(node.range(), "`as-of`: " + RunDates.notADate(text));
        }
        return day;
    }

    // `pins: {python: 3.12.8-slim-bookworm, nvidia/cuda: 12.4.1-runtime-ubuntu22.04@sha256:...}`
    private ImagePins pins(YamlMapping root) throws ConfigException {
        Optional<YamlNode> node = root.get("pins");
        if (node.isEmpty() || isNull(node.get())) {
            return ImagePins.NONE;
        }
        Map<String, YamlNode> keys = new LinkedHashMap<>();
        List<ImagePin> pins = new ArrayList<>();
        for (YamlEntry e : mapping(node.get(), "`pins`").entries()) {
            String image = string(e.key(), "an image name in `pins`");
            String version = string(e.value(), "the pin of `" + image + "`");
            ImagePin pin;
            try {
                pin = ImagePin.of(image, version);
            } catch (ImagePin.InvalidPinException ex) {
                throw error((ex.aboutVersion() ? e.value() : e.key()).range(), "in `pins`: " + ex.getMessage());
            }
            YamlNode first = keys.putIfAbsent(pin.name(), e.key());
            if (first != null) {
                throw error(e.key().range(), "`pins` names the image `" + pin.name() + "` twice (also at line "
                        + source.location(first.range()).line() + ")");
            }
            pins.add(pin);
        }
        return ImagePins.of(pins);
    }

    // `images: {ghcr.io/acme/api: services/api/Dockerfile}`: Dockerfile paths relative to this file.
    private Map<String, Path> images(YamlMapping root) throws ConfigException {
        Optional<YamlNode> node = root.get("images");
        if (node.isEmpty() || isNull(node.get())) {
            return Map.of();
        }
        Map<String, Path> out = new LinkedHashMap<>();
        for (YamlEntry e : mapping(node.get(), "`images`").entries()) {
            String image = string(e.key(), "an image name in `images`");
            String dockerfile = string(e.value(), "the Dockerfile of `" + image + "`");
            out.put(image, baseDirectory.resolve(dockerfile).toAbsolutePath().normalize());
        }
        return out;
    }

    /** {@code trusted-registries} is passed to every rule that declares an option of that name. */
    private void foldTrustedRegistries(Map<String, Map<String, Object>> options, List<String> trusted) {
        for (var meta : catalog.metas()) {
            for (RuleOption option : catalog.options(meta.code())) {
                if (option.name().equals(TRUSTED_REGISTRIES) && option.kind() == RuleOption.Kind.STRING_LIST) {
                    Map<String, Object> forRule = new LinkedHashMap<>(options.getOrDefault(meta.code(), Map.of()));
                    forRule.putIfAbsent(TRUSTED_REGISTRIES, trusted);
                    options.put(meta.code(), forRule);
                }
            }
        }
    }

    private List<PathOverride> overrides(YamlMapping root) throws ConfigException {
        Optional<YamlNode> node = root.get("overrides");
        if (node.isEmpty() || isNull(node.get())) {
            return List.of();
        }
        List<PathOverride> result = new ArrayList<>();
        for (YamlNode item : sequence(node.get(), "overrides").items()) {
            YamlMapping m = mapping(item, "an entry of `overrides`");
            checkKeys(m, OVERRIDE_KEYS, "key in `overrides`");
            Optional<YamlNode> pathsGiven = m.get("paths");
            if (pathsGiven.isEmpty()) {
                throw error(m.range(), "override without `paths`");
            }
            YamlNode paths = pathsGiven.get();
            List<Glob> globs = new ArrayList<>();
            for (String g : strings(paths, "paths")) {
                globs.add(Glob.of(g));
            }
            if (globs.isEmpty()) {
                throw error(paths.range(), "`paths` is empty");
            }
            result.add(new PathOverride(globs, selectorsOf(m, "select"), selectorsOf(m, "ignore"), severities(m),
                    ruleOptions(m), setup(m)));
        }
        return result;
    }

    /** {@code setup: deployment|development|test|release}: what the files are for, whatever their paths say. */
    private Optional<Setup> setup(YamlMapping m) throws ConfigException {
        Optional<YamlNode> node = m.get("setup");
        if (node.isEmpty() || isNull(node.get())) {
            return Optional.empty();
        }
        String text = string(node.get(), "`setup`");
        for (Setup setup : Setup.values()) {
            if (setup.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(setup);
            }
        }
        throw error(node.get().range(), "`setup` must be one of deployment, development, test, release, not `" + text + "`");
    }

    private List<Selector> selectorsOf(YamlMapping m, String key) throws ConfigException {
        Optional<YamlNode> node = m.get(key);
        return node.isPresent() && !isNull(node.get()) ? selectors(node.get(), key) : List.of();
    }

    private List<Selector> selectors(YamlNode node, String key) throws ConfigException {
        List<Selector> result = new ArrayList<>();
        for (YamlNode item : sequence(node, key).items()) {
            String text = string(item, "an entry of `" + key + "`");
            try {
                result.add(catalog.selector(text));
            } catch (RuleCatalog.UnknownSelectorException e) {
                throw error(item.range(), e.getMessage());
            }
        }
        return result;
    }

    private Map<String, Severity> severities(YamlMapping m) throws ConfigException {
        Optional<YamlNode> node = m.get("severity");
        Map<String, Severity> result = new LinkedHashMap<>();
        if (node.isEmpty() || isNull(node.get())) {
            return result;
        }
        for (YamlEntry e : mapping(node.get(), "`severity`").entries()) {
            String code = ruleCode(e.key());
            result.put(code, severity(e.value(), "severity of `" + code + "`"));
        }
        return result;
    }

    private Map<String, Map<String, Object>> ruleOptions(YamlMapping m) throws ConfigException {
        Optional<YamlNode> node = m.get("rules");
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (node.isEmpty() || isNull(node.get())) {
            return result;
        }
        for (YamlEntry e : mapping(node.get(), "`rules`").entries()) {
            String code = ruleCode(e.key());
            Map<String, Object> values = new LinkedHashMap<>();
            if (!isNull(e.value())) {
                List<RuleOption> declared = catalog.options(code);
                for (YamlEntry opt : mapping(e.value(), "the options of `" + code + "`").entries()) {
                    String name = string(opt.key(), "an option name");
                    RuleOption option = declaredOption(declared, name);
                    if (option == null) {
                        throw error(opt.key().range(), declared.isEmpty()
                                ? "rule `" + code + "` has no options"
                                : "rule `" + code + "` has no option `" + name + "`"
                                + DidYouMean.hint(name, optionNames(declared)));
                    }
                    values.put(name, optionValue(option, opt.value(), code));
                }
            }
            result.put(code, values);
        }
        return result;
    }

    /** The option named {@code name}, or null when the rule declares none of that name. */
    private static RuleOption declaredOption(List<RuleOption> declared, String name) {
        for (RuleOption o : declared) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    private static List<String> optionNames(List<RuleOption> declared) {
        List<String> names = new ArrayList<>(declared.size());
        for (RuleOption o : declared) {
            names.add(o.name());
        }
        return names;
    }

    private Object optionValue(RuleOption option, YamlNode node, String code) throws ConfigException {
        String what = "option `" + option.name() + "` of `" + code + "`";
        switch (option.kind()) {
            case BOOLEAN -> {
                if (node instanceof YamlScalar s && s.isBool()) {
                    return Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT));
                }
                throw error(node.range(), what + " expects true or false");
            }
            case INTEGER -> {
                if (node instanceof YamlScalar s && s.isInt()) {
                    try {
                        return Integer.parseInt(s.value().startsWith("+") ? s.value().substring(1) : s.value());
                    } catch (NumberFormatException e) {
                        throw error(node.range(), what + " expects a decimal integer");
                    }
                }
                throw error(node.range(), what + " expects an integer");
            }
            case STRING -> {
                return string(node, what);
            }
            case STRING_LIST -> {
                return strings(node, what);
            }
            default -> throw new IllegalStateException("unknown option kind " + option.kind());
        }
    }

    private String ruleCode(YamlNode key) throws ConfigException {
        String text = string(key, "a rule code or name");
        Optional<String> code = catalog.code(text);
        if (code.isEmpty()) {
            throw error(key.range(), "unknown rule `" + text + "`" + DidYouMean.hint(text, catalog.codesAndNames()));
        }
        return code.get();
    }

    private Severity severity(YamlNode node, String what) throws ConfigException {
        String text = string(node, what);
        Optional<Severity> severity = Severity.fromId(text);
        if (severity.isEmpty()) {
            throw error(node.range(), "`" + text + "` is not a severity for " + what
                    + " (expected error, warning or info)" + DidYouMean.hint(text, SEVERITIES));
        }
        return severity.get();
    }

    private FailThreshold failThreshold(YamlNode node) throws ConfigException {
        String text = string(node, "fail-on");
        Optional<FailThreshold> threshold = FailThreshold.fromId(text);
        if (threshold.isEmpty()) {
            throw error(node.range(), "`" + text
                    + "` is not a severity for fail-on (expected error, warning, info or none)"
                    + DidYouMean.hint(text, FAIL_THRESHOLDS));
        }
        return threshold.get();
    }

    private void checkKeys(YamlMapping m, List<String> known, String what) throws ConfigException {
        for (YamlEntry e : m.entries()) {
            String key = string(e.key(), "a key");
            if (!known.contains(key)) {
                throw error(e.key().range(), "unknown " + what + " `" + key + "`" + DidYouMean.hint(key, known));
            }
        }
    }

    private List<String> strings(YamlNode node, String what) throws ConfigException {
        List<String> result = new ArrayList<>();
        for (YamlNode item : sequence(node, what).items()) {
            result.add(string(item, "an entry of `" + what + "`"));
        }
        return result;
    }

    private YamlSequence sequence(YamlNode node, String what) throws ConfigException {
        if (node instanceof YamlSequence s) {
            return s;
        }
        if (isNull(node)) {
            return new YamlSequence(node.range(), "", "", List.of(), true);
        }
        throw error(node.range(), "`" + what + "` expects a list, e.g. [" + example(node) + "]");
    }

    private YamlMapping mapping(YamlNode node, String what) throws ConfigException {
        return values.mapping(node, what);
    }

    private String string(YamlNode node, String what) throws ConfigException {
        return values.string(node, what);
    }

    private static String example(YamlNode node) {
        return node instanceof YamlScalar s && !s.value().isEmpty() ? s.value() : "...";
    }

    private static boolean isNull(YamlNode node) {
        return ConfigValues.isNull(node);
    }

    private ConfigException error(TextRange range, String message) {
        return values.error(range, message);
    }
}
