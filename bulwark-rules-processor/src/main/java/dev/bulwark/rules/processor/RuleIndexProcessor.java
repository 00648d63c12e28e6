package dev.bulwark.rules.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Writes {@code dev.bulwark.rules.RuleIndex}: the {@code @RuleInfo} of every rule class compiled
 * in the same javac run, as constructor calls. Reading 116 annotations through reflection costs
 * a cold JVM about 20 ms (annotation parsing, one dynamic proxy per rule), a sixth of a one-file
 * check; the generated code costs well under one. The annotation stays the one place metadata is
 * written: the index is derived from it at every compile, and {@code Rules.meta} falls back to
 * reflection for a rule class the index does not know (a test's own rules).
 */
@SupportedAnnotationTypes(RuleIndexProcessor.RULE_INFO)
public final class RuleIndexProcessor extends AbstractProcessor {
    static final String RULE_INFO = "dev.bulwark.rules.RuleInfo";
    static final String INDEX = "dev.bulwark.rules.RuleIndex";

    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || annotations.isEmpty()) {
            return false;
        }
        List<RuleEntry> entries = new ArrayList<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    entries.add(entry(type, mirror(type)));
                }
            }
        }
        // Code order is the order of RuleIndex.all(); the class name decides which of two rules with
        // one code is reported as the first.
        entries.sort(Comparator.comparing(RuleEntry::code).thenComparing(RuleEntry::className));
        if (unique(entries)) {
            write(entries);
        }
        written = true;
        return false;
    }

    private static AnnotationMirror mirror(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(RULE_INFO)) {
                return mirror;
            }
        }
        throw new IllegalStateException(type + " was reported as annotated with " + RULE_INFO);
    }

    /** The annotation's values, defaults included, as Java source expressions. */
    private RuleEntry entry(TypeElement type, AnnotationMirror mirror) {
        Map<String, Object> values = new HashMap<>();
        for (var e : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
            values.put(e.getKey().getSimpleName().toString(), e.getValue().getValue());
        }
        return new RuleEntry(processingEnv.getElementUtils().getBinaryName(type).toString(), type,
                (String) values.get("code"), (String) values.get("name"),
                enumConstant(values.get("practice")), enumConstant(values.get("severity")),
                (Boolean) values.get("enabledByDefault"), (String) values.get("summary"), (String) values.get("fix"),
                strings(values.get("aliases")), enumConstant(values.get("autofix")));
    }

    private static String enumConstant(Object value) {
        return ((VariableElement) value).getSimpleName().toString();
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        for (Object each : (List<?>) value) {
            result.add((String) ((AnnotationValue) each).getValue());
        }
        return result;
    }

    /** Two rules with one code or name are a compile error on the second, with both named. */
    private boolean unique(List<RuleEntry> entries) {
        Map<String, RuleEntry> seen = new HashMap<>();
        boolean ok = true;
        for (RuleEntry entry : entries) {
            for (String key : List.of("code " + entry.code(), "name " + entry.name())) {
                RuleEntry other = seen.putIfAbsent(key, entry);
                if (other != null) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                            "@RuleInfo " + key + " is already used by " + other.className(), entry.element());
                    ok = false;
                }
            }
        }
        return ok;
    }

    private void write(List<RuleEntry> entries) {
        Element[] origins = entries.stream().map(RuleEntry::element).toArray(Element[]::new);
        try (Writer out = processingEnv.getFiler().createSourceFile(INDEX, origins).openWriter()) {
            out.write(new RuleIndexSource(processingEnv.getElementUtils()::getConstantExpression).render(INDEX, entries));
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + INDEX + ": " + e.getMessage());
        }
    }

    /** One annotated rule class; the strings are the annotation's values, not yet source literals. */
    record RuleEntry(String className, Element element, String code, String name, String practice, String severity,
            boolean enabledByDefault, String summary, String fix, List<String> aliases, String autofix) {
    }
}
