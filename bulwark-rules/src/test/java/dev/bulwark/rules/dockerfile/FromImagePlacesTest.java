package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.TextRange;
import dev.bulwark.rules.Reported;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RunnableRules;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The places {@link FromImagePlaces} gives are where the image-reference rules report: the
 * project graph's waivers drop findings by place, so a rule reporting elsewhere would keep a
 * finding the graph vouches for.
 */
class FromImagePlacesTest {

    private static List<String> misplaced(String path, String text) {
        RunnableRules.Parsed parsed = RunnableRules.Parsed.of(path, text);
        List<FromImagePlaces.Place> places = FromImagePlaces.of(parsed.model());
        List<String> out = new ArrayList<>();
        for (Rule rule : List.<Rule>of(new UntaggedImage(), new LatestTag(), new FloatingChannelTag(),
                new InexactImageTag())) {
            for (Reported r : RunnableRules.run(rule, parsed)) {
                boolean placed = false;
                for (FromImagePlaces.Place p : places) {
                    TextRange at = rule instanceof InexactImageTag ? p.inexact() : p.reference();
                    placed |= at.equals(r.range());
                }
                if (!placed) {
                    out.add(path + ": " + r.code() + " at " + r.range() + ": " + r.message());
                }
            }
        }
        return out;
    }

    @Test
    void everyFixtureFindingIsAtAPlace() throws Exception {
        URL url = FromImagePlacesTest.class.getResource("/fixtures");
        assertThat(url).isNotNull();
        List<String> problems = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of(url.toURI()))) {
            List<Path> dockerfiles = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().contains("Dockerfile")).toList();
            for (Path file : dockerfiles) {
                problems.addAll(misplaced(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                files++;
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void aVersionArgStandsForEveryImageItReaches() {
        String text = "ARG APP_VERSION=latest\n"
                + "FROM local/openfl:${APP_VERSION}-cpu AS fl\n"
                + "FROM tensorflow/serving:${APP_VERSION}-gpu\n";
        List<FromImagePlaces.Place> places = FromImagePlaces.of(RunnableRules.Parsed.of("Dockerfile", text).model());
        TextRange argDefault = TextRange.of(text.indexOf("latest"), text.indexOf("latest") + "latest".length());
        assertThat(places).extracting(FromImagePlaces.Place::text)
                .containsExactly("local/openfl:latest-cpu", "tensorflow/serving:latest-gpu");
        assertThat(places).extracting(FromImagePlaces.Place::inexact).containsOnly(argDefault);
        assertThat(misplaced("Dockerfile", text)).isEmpty();
    }
}
