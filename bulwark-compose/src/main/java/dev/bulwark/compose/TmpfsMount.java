package dev.bulwark.compose;

import java.util.Objects;
import java.util.OptionalLong;

/** A service {@code tmpfs} entry: {@code /run} or {@code /run:size=64m,mode=1777}. */
public final class TmpfsMount implements Mount {
    private final ComposeScalar node;
    private final String target;
    private final String options;

    TmpfsMount(ComposeScalar node, String target, String options) {
        this.node = Objects.requireNonNull(node, "node");
        this.target = Objects.requireNonNull(target, "target");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public ComposeScalar node() {
        return node;
    }

    @Override
    public String target() {
        return target;
    }

    /** The text after the first {@code :}, empty when none. */
    public String options() {
        return options;
    }

    /** The {@code size=} option in bytes. */
    public OptionalLong size() {
        for (String option : options.split(",", -1)) {
            if (option.startsWith("size=")) {
                return ByteSizes.parse(option.substring(5));
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public boolean readOnly() {
        for (String option : options.split(",", -1)) {
            if (option.equals("ro")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TmpfsMount[" + target + "]";
    }
}
