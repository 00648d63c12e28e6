package dev.bulwark.engine.fix;

import dev.bulwark.engine.Input;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.engine.discovery.InputReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code bulwark fix} run again on what a first run fixed (in memory): for the idempotence checks. */
final class SecondRun {
    private SecondRun() {
    }

    static FixOutcome after(FixOutcome first, Fixer.Audits audits, List<Input> inputs, Settings settings, boolean unsafe) {
        Map<Path, String> fixedTexts = new HashMap<>();
        for (Input input : inputs) {
            String text = first.fixed().get(input.path());
            if (text != null) {
                fixedTexts.put(((Input.FileInput) input).file(), text);
            }
        }
        return new Fixer(audits, new InputReader().withEdits(fixedTexts), unsafe).fix(inputs, settings);
    }
}
