package dev.bulwark.rules.dockerfile;

import dev.bulwark.core.TextRange;
import dev.bulwark.dockerfile.expand.Expansion;
import dev.bulwark.dockerfile.model.DockerfileModel;
import dev.bulwark.dockerfile.syntax.ExposeInstruction;
import dev.bulwark.dockerfile.syntax.Instruction;
import dev.bulwark.dockerfile.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The port specs of every EXPOSE, expanded and split as the builder does (spec 1.8, 1.9):
 * {@code [ip:][host:]port[-end][/proto]}. Words with a variable of unknown value are left out.
 */
final class ExposedPorts {

    /** One spec: {@code mapping} is what precedes the last {@code :}, {@code ports} the container part. */
    record PortSpec(String text, Optional<String> mapping, String ports, Optional<String> protocol, TextRange range) {
    }

    private ExposedPorts() {
    }

    static List<PortSpec> of(DockerfileModel model) {
        List<PortSpec> out = new ArrayList<>();
        for (Instruction i : model.file().instructions()) {
            if (!(i instanceof ExposeInstruction expose) || model.stageOf(i).isEmpty()) {
                continue;
            }
            for (Word word : expose.ports()) {
                Expansion e = model.expand(i, word.text());
                if (!e.isOk() || !e.undefined().isEmpty()) {
                    continue;
                }
                for (String spec : e.words()) {
                    out.add(parse(spec, word.range()));
                }
            }
        }
        return out;
    }

    static PortSpec parse(String spec, TextRange range) {
        String rest = spec;
        Optional<String> protocol = Optional.empty();
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            protocol = Optional.of(rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        Optional<String> mapping = Optional.empty();
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            mapping = Optional.of(rest.substring(0, colon));
            rest = rest.substring(colon + 1);
        }
        return new PortSpec(spec, mapping, rest, protocol, range);
    }
}
