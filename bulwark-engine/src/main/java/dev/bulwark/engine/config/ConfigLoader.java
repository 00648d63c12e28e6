package dev.bulwark.engine.config;

import dev.bulwark.core.FailThreshold;
import dev.bulwark.core.SourceText;
import dev.bulwark.dockerfile.image.ImagePin;
import dev.bulwark.engine.pin.ImagePins;
import dev.bulwark.rules.Rule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@code .bulwark.yaml} and command-line options into {@link Settings}, validated
 * against the rules' metadata and declared options (ARCHITECTURE "Config": raw, merged, resolved).
 */
public final class ConfigLoader {
    private static final String COMMAND_LINE = "command line";

    private final RuleCatalog catalog;

    public ConfigLoader(List<? extends Rule> rules) {
        this(new RuleCatalog(rules));
    }

    public ConfigLoader(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The explicit config file if given, else the nearest {@code .bulwark.yaml} upward from
     * {@code workingDirectory}, else defaults; then the command line on top.
     */
    public Settings resolve(Path workingDirectory, Optional<Path> explicitConfig, SettingsOverride commandLine)
            throws ConfigException {
        Optional<Path> file = explicitConfig.isPresent() ? Optional.of(workingDirectory.resolve(explicitConfig.get()))
                : ConfigFiles.findUpward(workingDirectory);
        Settings settings = file.isPresent() ? load(file.get(), display(workingDirectory, file.get())) : Settings.defaults();
        return apply(settings, commandLine);
    }

    public Settings load(Path file) throws ConfigException {
        return load(file, file.toString().replace('\\', '/'));
    }

    /** Reads and validates a config file; {@code displayPath} is how errors name it. */
    public Settings load(Path file, String displayPath) throws ConfigException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(displayPath, 0, 0, "not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException(displayPath, 0, 0, "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(new SourceText(displayPath, text), dir == null ? Path.of("") : dir);
    }

    /** Validates config text; override globs are relative to {@code baseDirectory}. */
    public Settings parse(SourceText source, Path baseDirectory) throws ConfigException {
        return new ConfigReader(catalog, source, baseDirectory).read();
    }

    /** Puts the command line on top of {@code settings}. */
    public Settings apply(Settings settings, SettingsOverride commandLine) throws ConfigException {
        List<Selector> select = selectors("--select", commandLine.select());
        List<Selector> ignore = selectors("--ignore", commandLine.ignore());
        FailThreshold failOn = commandLine.failOn().orElse(settings.failOn());
        Settings applied = settings.withCommandLine(select, ignore, failOn);
        if (!commandLine.pins().isEmpty()) {
            applied = applied.withPins(settings.pins().with(pins(commandLine.pins())));
        }
        if (commandLine.asOf().isEmpty()) {
            return applied;
        }
        java.time.LocalDate day = RunDates.parse(commandLine.asOf().get());
        if (day == null) {
            throw new ConfigException(COMMAND_LINE, 0, 0, "--as-of: " + RunDates.notADate(commandLine.asOf().get()));
        }
        return applied.withAsOf(day);
    }

    private static ImagePins pins(List<String> specs) throws ConfigException {
        List<ImagePin> pins = new ArrayList<>();
        for (String part : commaParts(specs)) {
            try {
                pins.add(ImagePin.parse(part));
            } catch (ImagePin.InvalidPinException e) {
                throw new ConfigException(COMMAND_LINE, 0, 0, "--pin " + part + ": " + e.getMessage());
            }
        }
        return ImagePins.of(pins);
    }

    private List<Selector> selectors(String option, List<String> texts) throws ConfigException {
        List<Selector> result = new ArrayList<>();
        for (String part : commaParts(texts)) {
            try {
                result.add(catalog.selector(part));
            } catch (RuleCatalog.UnknownSelectorException e) {
                throw new ConfigException(COMMAND_LINE, 0, 0, option + ": " + e.getMessage());
            }
        }
        return result;
    }

    /** The values of a repeatable, comma-separated option, stripped, blanks left out. */
    private static List<String> commaParts(List<String> texts) {
        List<String> parts = new ArrayList<>();
        for (String text : texts) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    private static String display(Path workingDirectory, Path file) {
        Path wd = workingDirectory.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        String shown = abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }
}
