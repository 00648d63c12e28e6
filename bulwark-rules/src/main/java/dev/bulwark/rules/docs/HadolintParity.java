package dev.bulwark.rules.docs;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How bulwark stands to every hadolint DL check, as data: the authoritative list
 * ({@code hadolint-rules.tsv}), the checks deliberately not followed with their reason
 * ({@code hadolint-not-followed.tsv}); the rules that follow a check are those declaring its code
 * as an alias, read from the registry.
 */
public final class HadolintParity {
    private static final String DIR = "/dev/bulwark/rules/docs/";

    /** One hadolint check and what bulwark does about it. */
    public record Entry(String code, String description, List<RuleMeta> rules, Optional<String> notFollowed) {

        public Entry {
            rules = List.copyOf(rules);
        }

        /** Followed by a rule or deliberately not followed: anything else is a gap. */
        public boolean accountedFor() {
            return !rules.isEmpty() || notFollowed.isPresent();
        }
    }

    private HadolintParity() {
    }

    /** Every check of the authoritative list, in its order. */
    public static List<Entry> of(List<? extends Rule> registered) {
        Map<String, String> notFollowed = read("hadolint-not-followed.tsv");
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, String> check : read("hadolint-rules.tsv").entrySet()) {
            List<RuleMeta> rules = registered.stream().map(Rules::meta)
                    .filter(m -> m.aliases().contains(check.getKey()))
                    .sorted(Comparator.comparing(RuleMeta::code)).toList();
            out.add(new Entry(check.getKey(), check.getValue(), rules,
                    Optional.ofNullable(notFollowed.get(check.getKey()))));
        }
        return out;
    }

    /** A rule that follows a hadolint check but deliberately differs from it, as its page explains. */
    public record Difference(String code, String rule, String summary) {
    }

    /** The deliberate differences, in the order of {@code hadolint-differences.tsv}. */
    public static List<Difference> differences() {
        List<Difference> out = new ArrayList<>();
        // A hadolint check may be split over two rules, so a code may have two rows.
        for (String line : lines("hadolint-differences.tsv")) {
            String[] cells = line.split("\t", 3);
            out.add(new Difference(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "",
                    cells.length > 2 ? cells[2].strip() : ""));
        }
        return out;
    }

    /** The codes of one of the resource lists, for consistency tests. */
    public static List<String> codes(String resource) {
        return List.copyOf(read(resource).keySet());
    }

    private static Map<String, String> read(String resource) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            rows.put(tab < 0 ? line.strip() : line.substring(0, tab).strip(),
                    tab < 0 ? "" : line.substring(tab + 1).strip());
        }
        return rows;
    }

    /** The data lines of a resource: neither blank nor comments. */
    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = HadolintParity.class.getResourceAsStream(DIR + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
