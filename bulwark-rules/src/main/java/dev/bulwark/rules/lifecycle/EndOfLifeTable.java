package dev.bulwark.rules.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-of-life table: {@code end-of-life.tsv} beside this class, one row a release, columns
 * {@code product release codename eol extended removal final source} ({@code -} for none). Data,
 * not code: {@code tools/end-of-life.py} refreshes the rows endoflife.date keeps, the others are
 * kept by hand (README, "End-of-life data"), and {@link EndOfLifeRows} is generated from it.
 * Parsed on first use, product by product, once per process.
 */
public final class EndOfLifeTable {
    static final String RESOURCE = "end-of-life.tsv";
    static final int COLUMNS = 8;

    private EndOfLifeTable() {
    }

    // Each product's rows, parsed when that product is first asked about: a one-file check names
    // two or three products of sixteen, and parsing all 300 rows in the interpreter cost it about
    // 8 ms at start-up.
    private static final class Holder {
        static final ProductRows[] BY_PRODUCT = byProduct();
    }

    /** One product's rows, parsed from {@link EndOfLifeRows} when first asked for. */
    private static final class ProductRows {
        private final Product product;
        // A memo of immutable rows: two threads that race both parse the same lines to equal rows.
        private volatile List<Release> parsed;

        ProductRows(Product product) {
            this.product = product;
        }

        List<Release> rows() {
            List<Release> rows = parsed;
            if (rows == null) {
                String[] lines = EndOfLifeRows.of(product);
                List<Release> out = new ArrayList<>(lines.length);
                for (String line : lines) {
                    out.add(row(line));
                }
                rows = List.copyOf(out);
                parsed = rows;
            }
            return rows;
        }
    }

    /** Every row, product by product, each product's in table order. */
    public static List<Release> rows() {
        List<Release> all = new ArrayList<>();
        for (ProductRows product : Holder.BY_PRODUCT) {
            all.addAll(product.rows());
        }
        return all;
    }

    /** The rows of one product, in table order. */
    static List<Release> rows(Product product) {
        return Holder.BY_PRODUCT[product.ordinal()].rows();
    }

    /**
     * The most specific row of {@code product} whose release is {@code version} or its leading
     * components ({@code 3.8} for {@code 3.8.18}, {@code 12.2.0} before {@code 12.2}); null when the
     * version names no row (a bare major {@code 3} names no Python release).
     */
    public static Release find(Product product, String version) {
        int[] wanted = Versions.components(version);
        Release best = null;
        List<Release> rows = rows(product);
        for (int i = 0; i < rows.size(); i++) {
            Release r = rows.get(i);
            if (Versions.isPrefix(r.components(), wanted)
                    && (best == null || r.components().length > best.components().length)) {
                best = r;
            }
        }
        return best;
    }

    /** The Debian or Ubuntu release of a code name ({@code buster}, {@code jammy}); null for another word. */
    public static Release ofCodename(String word) {
        Release debian = ofCodename(Product.DEBIAN, word);
        return debian != null ? debian : ofCodename(Product.UBUNTU, word);
    }

    private static Release ofCodename(Product product, String word) {
        List<Release> rows = rows(product);
        for (int i = 0; i < rows.size(); i++) {
            Release r = rows.get(i);
            if (!r.codename().isEmpty() && r.codename().equals(word)) {
                return r;
            }
        }
        return null;
    }

    /**
     * The oldest release of the same product newer than {@code release} that is still supported
     * on {@code day}, or null: the smallest step that leaves the ended line. For a superseded CUDA
     * patch ({@code 12.2.0}) that is its line's last patch, which callers name instead.
     */
    public static Release nearestSupported(Release release, LocalDate day) {
        Release best = null;
        List<Release> rows = rows(release.product());
        for (int i = 0; i < rows.size(); i++) {
            Release r = rows.get(i);
            if (!r.supportedOn(day)
                    || r.components().length > 2 || Versions.compare(r.components(), release.components()) <= 0) {
                continue;
            }
            if (best == null || Versions.compare(r.components(), best.components()) < 0) {
                best = r;
            }
        }
        return best;
    }

    /**
     * Whether the table's newest release of {@code product}, a product that fixes only its latest
     * release, can be named as the latest on {@code day}. Each of its rows ends when the next ships,
     * so the latest end in the table is the day the newest release came out; past that day plus the
     * product's cadence a newer release has probably shipped that the table does not know.
     */
    public static boolean knowsLatest(Product product, LocalDate day) {
        LocalDate newest = null;
        List<Release> rows = rows(product);
        for (int i = 0; i < rows.size(); i++) {
            Release r = rows.get(i);
            if (r.eol() != null && (newest == null || r.eol().isAfter(newest))) {
                newest = r.eol();
            }
        }
        return newest != null && !day.isAfter(newest.plusDays(product.cadenceDays()));
    }

    /**
     * The CUDA line to suggest instead of an ended one: the newest line of the same major still
     * supported on {@code day}, else the newest of the next major that has one. Moving within a
     * major keeps the driver requirement, and the newest line has the longest life ahead.
     */
    public static Release newestCudaLine(Release ended, LocalDate day) {
        int major = ended.components().length == 0 ? 0 : ended.components()[0];
        for (int wanted = major; wanted <= major + 1; wanted++) {
            Release best = null;
            List<Release> rows = rows(Product.CUDA);
            for (int i = 0; i < rows.size(); i++) {
                Release r = rows.get(i);
                if (r.components().length == 2 && r.components()[0] == wanted
                        && r.supportedOn(day) && (best == null || Versions.compare(r.components(), best.components()) > 0)) {
                    best = r;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static ProductRows[] byProduct() {
        Product[] products = Product.values();
        ProductRows[] out = new ProductRows[products.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ProductRows(products[i]);
        }
        return out;
    }

    // The rows were checked when the table was compiled in (EndOfLifeTableTest): a malformed one here is a build defect.
    private static Release row(String line) {
        String[] cells = cells(line);
        if (cells.length != COLUMNS) {
            throw new IllegalStateException(RESOURCE + ": expected " + COLUMNS + " columns: " + line);
        }
        Product product = Product.ofId(cells[0]);
        return new Release(product, cells[1], none(cells[2]), date(cells[3], line), date(cells[4], line),
                date(cells[5], line), none(cells[6]), cells[7]);
    }

    private static String[] cells(String line) {
        List<String> out = new ArrayList<>(COLUMNS);
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                out.add(line.substring(start, i));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    private static String none(String cell) {
        return cell.equals("-") ? "" : cell;
    }

    /** {@code YYYY-MM-DD}, or null for {@code -}. */
    private static LocalDate date(String cell, String line) {
        if (cell.equals("-")) {
            return null;
        }
        LocalDate day = Dates.parse(cell);
        if (day == null) {
            throw new IllegalStateException(RESOURCE + ": not a date: " + cell + " in " + line);
        }
        return day;
    }
}
