package dev.bulwark.engine.yaml;

import dev.bulwark.core.SourceText;
import dev.bulwark.engine.config.FileSettings;

/** The settings of the file a finding of a multi-file target lands in. */
public interface LandingSettings {

    FileSettings of(SourceText source);
}
