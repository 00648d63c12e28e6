package dev.bulwark.rules.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each hand-written tag shape accepts what the regular expression it replaced accepts, with its groups. */
class TagShapesTest {
    private static final String[] PIECES = {"0", "1", "2", "3", "9", "19", "20", "2024", "05", "13", "31", "32", "-",
        "_", ".", "+", "v", "a", "f", "g", "cuda", "cu", "cu121", "cu12", "devel", "runtime", "x", "\n", "\r\n", "\r",
        "\u2028", "٣", "12.4.1", "3.12", "slim", "ubuntu22.04", "1a2b3c4"};

    private static List<String> tags() {
        List<String> tags = new ArrayList<>(List.of("", "3.12.4", "3.12", "3", "v1.2", "v1", "v", "20240501",
                "2024-05-01", "nightly-20240501", "120240501", "202405011", "12.4.1-cudnn-devel-ubuntu22.04",
                "cuda12.1", "cuda-12.1", "cuda_9", "2.3.0-cuda12.1-cudnn8-devel", "cu124", "x-cu118-y", "cu1234",
                "12.1.0\n", "cuda12\n", "cu121\r\n", "devel", "x.devel.y", "develop", "1.2.3.4", "1.2.", ".1.2",
                "cuda12.x", "cuda12.", "cuda12.1.2"));
        Random random = new Random(11);
        for (int i = 0; i < 30000; i++) {
            StringBuilder s = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int j = 0; j < pieces; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            tags.add(s.toString());
        }
        // CUDA versions in tags, with what may surround them.
        String[] around = {"", "-", "_", ".", "x", "3.12-", "-slim", ".x", ".1", ".", "\n", "-\n"};
        String[] joins = {"", "-", "_", "."};
        for (int i = 0; i < 5000; i++) {
            tags.add(around[random.nextInt(around.length)] + (random.nextBoolean() ? "cuda" : "cu")
                    + joins[random.nextInt(joins.length)] + random.nextInt(2000)
                    + (random.nextBoolean() ? "." + random.nextInt(20) : "") + around[random.nextInt(around.length)]);
        }
        return tags;
    }

    private static String[] groups(Matcher m) {
        String[] groups = new String[m.groupCount()];
        for (int g = 1; g <= m.groupCount(); g++) {
            groups[g - 1] = m.group(g);
        }
        return groups;
    }

    @Test
    void versionsStampsAndNumbers() {
        Pattern fullVersion = Pattern.compile("\\d+\\.\\d+\\.\\d+");
        Pattern date = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\\d|3[01])(?!\\d)");
        Pattern commit = Pattern.compile("[0-9a-f]{7,40}");
        Pattern build = Pattern.compile("\\d{3,}");
        Pattern release = Pattern.compile("^\\d+\\.\\d+(?![.\\d])");
        for (String tag : tags()) {
            assertThat(TagShapes.containsFullVersion(tag)).as("'%s'", tag).isEqualTo(fullVersion.matcher(tag).find());
            assertThat(TagShapes.isFullVersion(tag)).as("'%s'", tag).isEqualTo(fullVersion.matcher(tag).matches());
            assertThat(TagShapes.containsDateStamp(tag)).as("'%s'", tag).isEqualTo(date.matcher(tag).find());
            assertThat(TagShapes.isCommitLength(tag)).as("'%s'", tag).isEqualTo(commit.matcher(tag).matches());
            assertThat(TagShapes.isBuildNumber(tag)).as("'%s'", tag).isEqualTo(build.matcher(tag).matches());
            assertThat(TagShapes.startsWithRelease(tag)).as("'%s'", tag).isEqualTo(release.matcher(tag).find());
        }
    }

    @Test
    void majorAndMinorGroups() {
        Pattern majorMinor = Pattern.compile("^(v?)(\\d+)\\.(\\d+)(?![.\\d])(.*)$");
        Pattern major = Pattern.compile("^(v?)(\\d+)(?![.\\d])(.*)$");
        Pattern nvidia = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?=-|$)(.*)$");
        for (String tag : tags()) {
            Matcher mm = majorMinor.matcher(tag);
            assertThat(TagShapes.majorMinor(tag)).as("'%s'", tag).isEqualTo(mm.matches() ? groups(mm) : null);
            Matcher m = major.matcher(tag);
            assertThat(TagShapes.major(tag)).as("'%s'", tag).isEqualTo(m.matches() ? groups(m) : null);
            Matcher n = nvidia.matcher(tag);
            String[] expected = n.matches() ? new String[] {n.group(1), n.group(2), n.group(3)} : null;
            assertThat(TagShapes.nvidiaVersion(tag)).as("'%s'", tag).isEqualTo(expected);
        }
    }

    @Test
    void cudaInTagsAndTheRuntimeCounterpart() {
        Pattern cuda = Pattern.compile("(?:^|[-_.])cuda[-_]?(\\d+)(?:\\.(\\d+))?(?=[-_]|$|\\.\\D)");
        Pattern cu = Pattern.compile("(?:^|[-_.])cu(\\d{2,3})(?=[-_.]|$)");
        Pattern devel = Pattern.compile("(?<=^|[-_.])devel(?=$|[-_.])");
        int found = 0;
        for (String tag : tags()) {
            Matcher c = cuda.matcher(tag);
            boolean hit = c.find();
            found += hit ? 1 : 0;
            assertThat(TagShapes.cudaVersion(tag)).as("'%s'", tag).isEqualTo(hit ? groups(c) : null);
            Matcher u = cu.matcher(tag);
            assertThat(TagShapes.cuDigits(tag)).as("'%s'", tag).isEqualTo(u.find() ? u.group(1) : null);
            assertThat(TagShapes.develToRuntime(tag)).as("'%s'", tag).isEqualTo(devel.matcher(tag).replaceFirst("runtime"));
        }
        assertThat(found).as("tags naming a CUDA version").isGreaterThan(500);
    }
}
