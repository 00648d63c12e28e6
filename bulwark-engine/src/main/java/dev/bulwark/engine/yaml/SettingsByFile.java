package dev.bulwark.engine.yaml;

import dev.bulwark.core.SourceText;
import dev.bulwark.engine.config.FileSettings;
import dev.bulwark.engine.config.Settings;
import dev.bulwark.rules.setups.Setup;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of each file a multi-file target touches: the inputs' own, and for files read on
 * the way (an included Compose file, an {@code extends} base) the settings of their path.
 */
final class SettingsByFile implements LandingSettings {
    private final Settings settings;
    private final Map<SourceText, FileSettings> known = new IdentityHashMap<>();

    SettingsByFile(Settings settings) {
        this.settings = settings;
    }

    synchronized void put(SourceText source, FileSettings fileSettings) {
        known.put(source, fileSettings);
    }

    /** A file read on the way, with its real path when it has one. */
    synchronized void put(SourceText source, Path file) {
        if (!known.containsKey(source)) {
            known.put(source, settings.forFile(file));
        }
    }

    /** The {@code setup} the configuration gives the file shown as {@code path}, if any. */
    synchronized Optional<Setup> configuredSetup(String path) {
        for (Map.Entry<SourceText, FileSettings> e : known.entrySet()) {
            if (e.getKey().path().equals(path)) {
                return e.getValue().setup();
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized FileSettings of(SourceText source) {
        FileSettings fs = known.get(source);
        return fs != null ? fs : settings.withoutPath();
    }
}
