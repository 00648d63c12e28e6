package dev.bulwark.yaml;

/** The YAML 1.2 core schema tags the adapter resolves plain scalars to. */
public final class YamlTags {
    public static final String STR = "tag:yaml.org,2002:str";
    public static final String INT = "tag:yaml.org,2002:int";
    public static final String FLOAT = "tag:yaml.org,2002:float";
    public static final String BOOL = "tag:yaml.org,2002:bool";
    public static final String NULL = "tag:yaml.org,2002:null";
    public static final String SEQ = "tag:yaml.org,2002:seq";
    public static final String MAP = "tag:yaml.org,2002:map";

    private YamlTags() {
    }
}
