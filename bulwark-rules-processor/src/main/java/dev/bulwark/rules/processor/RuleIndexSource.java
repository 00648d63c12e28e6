package dev.bulwark.rules.processor;

import dev.bulwark.rules.processor.RuleIndexProcessor.RuleEntry;
import java.util.List;
import java.util.function.Function;

/**
 * The Java source of the rule index: a switch from rule class name to its metadata, and the list of
 * every rule's metadata in code order, which a run builds without loading a rule class.
 */
final class RuleIndexSource {
    private final Function<Object, String> literal;

    /** @param literal a value as a Java source literal, escaped ({@code Elements::getConstantExpression}) */
    RuleIndexSource(Function<Object, String> literal) {
        this.literal = literal;
    }

    /** @param entries sorted by code: the order of {@code all()} */
    String render(String qualifiedName, List<RuleEntry> entries) {
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = qualifiedName.substring(0, dot);
        String simpleName = qualifiedName.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        out.append("package ").append(pkg).append(";\n\n")
                .append("import dev.bulwark.core.FixApplicability;\n")
                .append("import dev.bulwark.core.Practice;\n")
                .append("import dev.bulwark.core.RuleMeta;\n")
                .append("import dev.bulwark.core.Severity;\n")
                .append("import java.util.ArrayList;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Optional;\n\n")
                .append("/**\n")
                .append(" * The {@code @RuleInfo} of every rule class of this module, as code. Generated at compile time\n")
                .append(" * by {@code dev.bulwark.rules.processor.RuleIndexProcessor}: do not edit.\n")
                .append(" */\n")
                .append("final class ").append(simpleName).append(" {\n")
                .append("    private static final int SIZE = ").append(entries.size()).append(";\n\n")
                .append("    private ").append(simpleName).append("() {\n")
                .append("    }\n\n")
                .append("    /** The metadata of a rule class of this module, by its binary name; empty for any other class. */\n")
                .append("    static Optional<RuleMeta> of(Class<?> type) {\n")
                .append("        switch (type.getName()) {\n");
        for (int i = 0; i < entries.size(); i++) {
            out.append("            case ").append(literal.apply(entries.get(i).className())).append(":\n")
                    .append("                return Optional.of(meta(").append(i).append("));\n");
        }
        out.append("            default:\n")
                .append("                return Optional.empty();\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    /** The metadata of every rule class of this module, sorted by code, without loading one. */\n")
                .append("    static List<RuleMeta> all() {\n")
                .append("        List<RuleMeta> all = new ArrayList<>(SIZE);\n")
                .append("        for (int i = 0; i < SIZE; i++) {\n")
                .append("            all.add(meta(i));\n")
                .append("        }\n")
                .append("        return List.copyOf(all);\n")
                .append("    }\n\n")
                .append("    private static RuleMeta meta(int index) {\n")
                .append("        switch (index) {\n");
        for (int i = 0; i < entries.size(); i++) {
            RuleEntry e = entries.get(i);
            out.append("            case ").append(i).append(": // ").append(e.className()).append("\n")
                    .append("                return new RuleMeta(")
                    .append(literal.apply(e.code())).append(", ")
                    .append(literal.apply(e.name())).append(",\n")
                    .append("                        Practice.").append(e.practice())
                    .append(", Severity.").append(e.severity())
                    .append(", ").append(e.enabledByDefault()).append(",\n")
                    .append("                        ").append(literal.apply(e.summary())).append(",\n")
                    .append("                        ").append(literal.apply(e.fix())).append(",\n")
                    .append("                        List.of(").append(aliases(e.aliases())).append("),\n")
                    .append("                        FixApplicability.").append(e.autofix()).append(");\n");
        }
        out.append("            default:\n")
                .append("                throw new IndexOutOfBoundsException(index);\n")
                .append("        }\n")
                .append("    }\n")
                .append("}\n");
        return out.toString();
    }

    private String aliases(List<String> aliases) {
        StringBuilder out = new StringBuilder();
        for (String alias : aliases) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(literal.apply(alias));
        }
        return out.toString();
    }
}
