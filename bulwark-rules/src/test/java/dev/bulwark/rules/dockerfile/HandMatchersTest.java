package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile rules' hand-written matchers give what the regular expressions they replaced
 * gave (the expressions are kept here); random words from the characters that matter.
 */
class HandMatchersTest {

    private static List<String> words(String alphabet, String[] pieces, long seed) {
        List<String> words = new ArrayList<>(List.of("", "a", "-", "[]"));
        Random random = new Random(seed);
        for (int i = 0; i < 20000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(9);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(4) == 0) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            words.add(s.toString());
        }
        return words;
    }

    @Test
    void pipProjectNames() {
        Pattern separators = Pattern.compile("[-_.]+");
        Pattern name = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:\\[[^\\]]*\\])?");
        for (String word : words("aZ09-_.[]=<>~! \nİ", new String[] {"torch", "[cuda]", "==", "__", "--"}, 1)) {
            assertThat(PipUnpinnedPackage.normalize(word)).as("'%s'", word)
                    .isEqualTo(separators.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("-"));
            assertThat(PipUnpinnedPackage.isName(word)).as("'%s'", word).isEqualTo(name.matcher(word).matches());
        }
    }

    @Test
    void indexUrlsWithoutUserInfo() {
        for (String word : words("a@/:.1 \n", new String[] {"user:pw@", "localhost", "127.0.0.1", "//"}, 2)) {
            assertThat(PipInsecureIndex.withoutUserInfo(word)).as("'%s'", word)
                    .isEqualTo(word.replaceFirst("^[^@/]*@", ""));
        }
    }

    @Test
    void chmodModes() {
        for (String word : words("ugoa+-=rwxXst01278,", new String[] {"o+w", "a=rwx", "1777", "0777", "+t"}, 3)) {
            assertThat(WorldWritablePermissions.worldWritable(word)).as("'%s'", word).isEqualTo(worldWritableByRegex(word));
        }
    }

    // WorldWritablePermissions.worldWritable as it was written with regular expressions.
    private static boolean worldWritableByRegex(String mode) {
        if (Pattern.compile("[0-7]{1,4}").matcher(mode).matches()) {
            int bits = Integer.parseInt(mode, 8);
            boolean sticky = (bits & 01000) != 0;
            return (bits & 02) != 0 && !sticky;
        }
        boolean writable = false;
        boolean sticky = false;
        for (String clause : mode.split(",")) {
            Matcher m = Pattern.compile("([ugoa]*)([-+=])([rwxXst]*)").matcher(clause);
            if (!m.matches()) {
                return false;
            }
            if (m.group(2).equals("-")) {
                continue;
            }
            boolean others = m.group(1).contains("o") || m.group(1).contains("a");
            writable |= others && m.group(3).contains("w");
            sticky |= m.group(3).contains("t");
        }
        return writable && !sticky;
    }

    @Test
    void buildToolPackages() {
        Pattern versioned = Pattern.compile("(?:gcc|g\\+\\+|clang|gfortran|cpp|gcc-toolset)-[\\d.]+");
        Pattern headers = Pattern.compile("[a-z0-9][a-z0-9.+_-]*-(?:dev|devel)");
        String[] pieces = {"gcc", "g++", "clang", "gfortran", "cpp", "gcc-toolset", "-dev", "-devel", "lib", "12", ".5"};
        for (String word : words("az09.+_-Ä", pieces, 4)) {
            assertThat(BuildTools.isVersionedTool(word)).as("'%s'", word).isEqualTo(versioned.matcher(word).matches());
            assertThat(BuildTools.isHeaders(word)).as("'%s'", word).isEqualTo(headers.matcher(word).matches());
        }
    }
}
