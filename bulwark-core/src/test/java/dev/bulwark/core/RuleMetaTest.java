package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks of code and name accept exactly what the documented patterns match. */
class RuleMetaTest {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}\\d{3}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final List<String> CODES = List.of("DF001", "BW999", "KU120", "", "DF01", "DF0001", "df001",
            "D0001", "DFA01", "DF00A", "ÄF001", "DF00١", " DF01", "DF001 ");
    private static final List<String> NAMES = List.of("latest-tag", "a", "a1", "apt-get-2x", "x9-y", "", "-a", "a-",
            "a--b", "A", "aB", "1a", "a_b", "a b", "ä", "a-1", "a-b-c-d", "a-", "ab-");

    private static RuleMeta meta(String code, String name) {
        return new RuleMeta(code, name, Practice.SECURITY, Severity.INFO, true, "s", "f", List.of());
    }

    @Test
    void aCodeIsTwoCapitalLettersAndThreeDigits() {
        for (String code : CODES) {
            if (CODE.matcher(code).matches()) {
                assertThat(meta(code, "name").code()).isEqualTo(code);
            } else {
                assertThatThrownBy(() -> meta(code, "name")).as(code).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void aNameIsKebabCase() {
        for (String name : NAMES) {
            if (NAME.matcher(name).matches()) {
                assertThat(meta("DF001", name).name()).isEqualTo(name);
            } else {
                assertThatThrownBy(() -> meta("DF001", name)).as(name).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
