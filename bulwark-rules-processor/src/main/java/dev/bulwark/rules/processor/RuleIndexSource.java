package dev.bulwark.rules.processor;

import dev.bulwark.rules.processor.RuleIndexProcessor.RuleEntry;
import java.util.List;
import java.util.function.Function;

/** The Java source of the rule index: a switch from rule class name to its metadata. */
final class RuleIndexSource {
    private final Function<Object, String> literal;

    /** @param literal a value as a Java source literal, escaped ({@code Elements::getConstantExpression}) */
    RuleIndexSource(Function<Object, String> literal) {
        this.literal = literal;
    }

    String render(String qualifiedName, List<RuleEntry> entries) {
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = qualifiedName.substring(0, dot);
        String simpleName = qualifiedName.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        out.append("package ").append(pkg).append(";\n\n")
                .append("import dev.bulwark.core.Practice;\n")
                .append("import dev.bulwark.core.RuleMeta;\n")
                .append("import dev.bulwark.core.Severity;\n")
                .append("import java.util.List;\n")
                .append("import java.util.Optional;\n\n")
                .append("/**\n")
                .append(" * The {@code @RuleInfo} of every rule class of this module, as code. Generated at compile time\n")
                .append(" * by {@code dev.bulwark.rules.processor.RuleIndexProcessor}: do not edit.\n")
                .append(" */\n")
                .append("final class ").append(simpleName).append(" {\n")
                .append("    private ").append(simpleName).append("() {\n")
                .append("    }\n\n")
                .append("    /** The metadata of a rule class of this module, by its binary name; empty for any other class. */\n")
                .append("    static Optional<RuleMeta> of(Class<?> type) {\n")
                .append("        switch (type.getName()) {\n");
        for (RuleEntry e : entries) {
            out.append("            case ").append(literal.apply(e.className())).append(":\n")
                    .append("                return Optional.of(new RuleMeta(")
                    .append(literal.apply(e.code())).append(", ")
                    .append(literal.apply(e.name())).append(",\n")
                    .append("                        Practice.").append(e.practice())
                    .append(", Severity.").append(e.severity())
                    .append(", ").append(e.enabledByDefault()).append(",\n")
                    .append("                        ").append(literal.apply(e.summary())).append(",\n")
                    .append("                        ").append(literal.apply(e.fix())).append(",\n")
                    .append("                        List.of(").append(aliases(e.aliases())).append(")));\n");
        }
        out.append("            default:\n")
                .append("                return Optional.empty();\n")
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
