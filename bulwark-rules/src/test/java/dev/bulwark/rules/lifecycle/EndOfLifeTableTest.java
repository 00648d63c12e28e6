package dev.bulwark.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The end-of-life table's shape: every row complete, dated in order, and naming where it was taken from. */
class EndOfLifeTableTest {

    private static List<String> lines() throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                EndOfLifeTable.class.getResourceAsStream(EndOfLifeTable.RESOURCE), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    @Test
    void headerNamesTheColumns() throws Exception {
        assertThat(lines().get(0)).isEqualTo("product\trelease\tcodename\teol\textended\tremoval\tfinal\tsource");
    }

    @Test
    void everyRowHasEveryColumnAKnownProductADottedReleaseAndDates() throws Exception {
        List<String> lines = lines();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            assertThat(cells).as("line %d", i + 1).hasSize(EndOfLifeTable.COLUMNS);
            assertThat(Product.ofId(cells[0])).as("product of line %d", i + 1).isNotNull();
            assertThat(Versions.components(cells[1])).as("release of line %d", i + 1).isNotEmpty();
            for (int column : new int[] {3, 4, 5}) {
                assertThat(cells[column].equals("-") || Dates.parse(cells[column]) != null)
                        .as("column %d of line %d is a date or -: %s", column + 1, i + 1, cells[column]).isTrue();
            }
            assertThat(cells[6].equals("-") || Versions.components(cells[6]).length > 0)
                    .as("final patch of line %d", i + 1).isTrue();
        }
    }

    @Test
    void everyRowNamesItsSource() {
        for (Release r : EndOfLifeTable.rows()) {
            assertThat(r.source()).as("source of %s", r.display()).startsWith("https://");
        }
    }

    @Test
    void laterDatesFollowTheEndOfSupport() {
        for (Release r : EndOfLifeTable.rows()) {
            if (r.extended() != null) {
                assertThat(r.eol()).as("%s has an end before its extended support", r.display()).isNotNull();
                assertThat(r.extended()).as("extended support of %s", r.display()).isAfterOrEqualTo(r.eol());
            }
            if (r.removal() != null) {
                assertThat(r.eol()).as("%s has an end before its images' removal", r.display()).isNotNull();
                assertThat(r.removal()).as("removal of %s", r.display()).isAfter(r.eol());
            }
        }
    }

    @Test
    void releasesAndCodenamesAreUnique() {
        Set<String> releases = new HashSet<>();
        Set<String> codenames = new HashSet<>();
        for (Release r : EndOfLifeTable.rows()) {
            assertThat(releases.add(r.product().id() + " " + r.release())).as("duplicate %s", r.display()).isTrue();
            if (!r.codename().isEmpty()) {
                assertThat(codenames.add(r.codename())).as("duplicate code name %s", r.codename()).isTrue();
            }
        }
    }

    @Test
    void everyProductHasRows() {
        List<Product> missing = new ArrayList<>(List.of(Product.values()));
        for (Release r : EndOfLifeTable.rows()) {
            missing.remove(r.product());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theMostSpecificRowWinsAndABareMajorNamesNoMinorLine() {
        assertThat(EndOfLifeTable.find(Product.PYTHON, "3.8.18").release()).isEqualTo("3.8");
        assertThat(EndOfLifeTable.find(Product.PYTHON, "3")).isNull();
        assertThat(EndOfLifeTable.find(Product.CUDA, "12.2.0").release()).isEqualTo("12.2.0");
        assertThat(EndOfLifeTable.find(Product.CUDA, "12.2.2").release()).isEqualTo("12.2");
        assertThat(EndOfLifeTable.find(Product.TENSORFLOW, "1.15.5").release()).isEqualTo("1");
    }

    @Test
    void nearestSupportedSkipsReleasesThatEndedOrEndBeforeTheDay() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertThat(EndOfLifeTable.nearestSupported(EndOfLifeTable.find(Product.PYTHON, "3.8"), day).release())
                .isEqualTo("3.11");
        assertThat(EndOfLifeTable.nearestSupported(EndOfLifeTable.find(Product.UBUNTU, "18.04"), day).release())
                .isEqualTo("22.04");
        assertThat(EndOfLifeTable.nearestSupported(EndOfLifeTable.find(Product.NODE, "14"), day).release())
                .isEqualTo("22");
    }

    @Test
    void handReadDatesAgreeWithTheJdk() {
        for (String text : List.of("2026-11-01", "2024-02-29", "2023-02-29", "2026-13-01", "2026-1-01", "20261101",
                "2026-11-01x", "abcd-ef-gh", "2026-00-10", "2026-04-31", "")) {
            LocalDate jdk;
            try {
                jdk = text.length() == 10 ? LocalDate.parse(text) : null;
            } catch (java.time.format.DateTimeParseException e) {
                jdk = null;
            }
            assertThat(Dates.parse(text)).as(text).isEqualTo(jdk);
        }
    }
}
