package dev.bulwark.kubernetes;

import dev.bulwark.yaml.YamlEntry;
import dev.bulwark.yaml.YamlMapping;
import dev.bulwark.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A ConfigMap: {@code data} values with spans (plain text, as written) and {@code binaryData} keys. */
public final class ConfigMap {
    private final KubeObject object;
    private final StringMap data;
    private final List<String> binaryDataKeys;

    private ConfigMap(KubeObject object, StringMap data, List<String> binaryDataKeys) {
        this.object = object;
        this.data = data;
        this.binaryDataKeys = binaryDataKeys;
    }

    static ConfigMap read(ReadContext ctx, KubeObject object) {
        StringMap data = StringMap.read(ctx, object.root(), "data", false);
        List<String> binary = new ArrayList<>();
        Optional<YamlMapping> b = ctx.mapping(object.root(), "binaryData");
        if (b.isPresent()) {
            for (YamlEntry e : b.get().entries()) {
                if (e.key() instanceof YamlScalar k) {
                    binary.add(k.value());
                }
            }
        }
        return new ConfigMap(object, data, List.copyOf(binary));
    }

    public KubeObject object() {
        return object;
    }

    public StringMap data() {
        return data;
    }

    public List<String> binaryDataKeys() {
        return binaryDataKeys;
    }

    @Override
    public String toString() {
        return "ConfigMap[" + object.nameText() + "]";
    }
}
