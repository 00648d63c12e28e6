package dev.bulwark.engine.config;

import dev.bulwark.core.Location;
import dev.bulwark.core.SourceText;
import dev.bulwark.core.TextRange;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlNode;
import dev.bulwark.yaml.YamlScalar;

/**
 * Reading values of one configuration file, with errors that point at the offending node:
 * {@code .bulwark.yaml} ({@link ConfigReader}) and the files {@code bulwark migrate} converts.
 */
public final class ConfigValues {
    private final SourceText source;

    public ConfigValues(SourceText source) {
        this.source = source;
    }

    public YamlMapping mapping(YamlNode node, String what) throws ConfigException {
        if (node instanceof YamlMapping m) {
            return m;
        }
        throw error(node.range(), what + " must be a mapping of keys to values");
    }

    public String string(YamlNode node, String what) throws ConfigException {
        if (node instanceof YamlScalar s && !s.isNull()) {
            return s.value();
        }
        throw error(node.range(), what + " must be a single value");
    }

    public static boolean isNull(YamlNode node) {
        return node instanceof YamlScalar s && s.isNull();
    }

    public ConfigException error(TextRange range, String message) {
        Location at = source.location(range);
        return new ConfigException(source.path(), at.line(), at.column(), message);
    }
}
