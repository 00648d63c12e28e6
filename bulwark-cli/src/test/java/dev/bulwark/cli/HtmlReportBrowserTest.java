package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium} package; CI's
 * {@code .ci/run} installs it) loads the report of the bundled platform example with no console
 * message, the filter a URL fragment sets hides the other rows, hostile file names run nothing,
 * and a screenshot goes to {@code target/html-report/} for review. With
 * {@code -Dbulwark.writeScreenshot=true} the screenshot also replaces {@code docs/images/html-report.png}.
 * Skipped, with a message, where no Chromium is installed.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/html-report");
    private static Path chromium;

    @TempDir
    Path dir;

    private static Path root() {
        return Path.of(System.getProperty("bulwark.root", "..")).toAbsolutePath().normalize();
    }

    @BeforeAll
    static void findChromium() {
        Optional<Path> found = onPath("chromium", "chromium-browser", "google-chrome");
        if (found.isEmpty()) {
            System.err.println("HtmlReportBrowserTest skipped: no chromium on the PATH (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(), "no chromium binary on the PATH: apt-get install -y chromium");
        chromium = found.get();
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String folder : path.split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** What Chromium printed: the DOM on stdout, its log on stderr. */
    private record Browser(String dom, String log) {
        /** The page's console messages (and CSP violations, which are logged there). */
        List<String> console() {
            List<String> lines = new ArrayList<>();
            for (String line : log.split("\n")) {
                if (line.contains(":CONSOLE(") || line.contains("Refused to") || line.contains("Uncaught")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    private Browser run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + dir.resolve("profile-" + System.nanoTime())));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout-" + System.nanoTime());
        Path stderr = dir.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("chromium finished").isTrue();
        return new Browser(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** The report of a check, written with the CLI in-process from {@code cwd}. */
    private static Path report(Path cwd, Path html, String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--format", "html:" + html));
        args.addAll(List.of(paths));
        Cli.Run run = Cli.run(cwd, args.toArray(new String[0]));
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        return html;
    }

    @Test
    void theExampleReportLoadsCleanlyFiltersAndIsPhotographed() throws Exception {
        Path example = root().resolve("examples/ml-platform");
        Assumptions.assumeTrue(Files.isDirectory(example), "example not present");
        Files.createDirectories(OUT);
        Path html = report(root(), OUT.resolve("ml-platform.html").toAbsolutePath(), "examples/ml-platform");
        Document generated = Jsoup.parse(html.toFile(), "UTF-8");
        int rows = generated.select("tr.finding").size();
        int errors = generated.select("tr.finding[data-severity=error]").size();
        assertThat(rows).isGreaterThan(errors).isGreaterThan(0);

        Browser loaded = run("--dump-dom", html.toUri().toString());
        assertThat(loaded.console()).as(loaded.log).isEmpty();
        Document dom = Jsoup.parse(loaded.dom());
        assertThat(dom.body().attr("data-ready")).as("the page's script ran").isEqualTo("true");
        assertThat(dom.select("tr.finding:not([hidden])")).hasSize(rows);

        Browser filtered = run("--dump-dom", html.toUri() + "#severity=error");
        assertThat(filtered.console()).as(filtered.log).isEmpty();
        Document onlyErrors = Jsoup.parse(filtered.dom());
        assertThat(onlyErrors.select("tr.finding:not([hidden])")).hasSize(errors)
                .allSatisfy(row -> assertThat(row.attr("data-severity")).isEqualTo("error"));
        assertThat(onlyErrors.selectFirst("#shown").text()).isEqualTo(Integer.toString(errors));
        assertThat(onlyErrors.selectFirst("#f-severity option[selected]")).isNull();

        Browser searched = run("--dump-dom", html.toUri() + "#q=curl");
        Document curl = Jsoup.parse(searched.dom());
        assertThat(curl.select("tr.finding:not([hidden])")).isNotEmpty().allSatisfy(row ->
                assertThat(row.attr("data-search")).contains("curl"));
        assertThat(curl.select("tr.finding:not([hidden])").size()).isLessThan(rows);

        Path png = OUT.resolve("ml-platform.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Browser shot = run("--hide-scrollbars", "--window-size=1280,1800", "--screenshot=" + png, html.toUri().toString());
        assertThat(shot.console()).as(shot.log).isEmpty();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        if (Boolean.getBoolean("bulwark.writeScreenshot")) {
            Path docs = root().resolve("docs/images/html-report.png");
            Files.createDirectories(docs.getParent());
            Files.copy(png, docs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void hostileFileNamesRunNothing() throws Exception {
        Path project = dir.resolve("project");
        Path folder = project.resolve("<img src=x onerror=\"document.title='pwned'\">");
        Files.createDirectories(folder);
        // A file name cannot hold a slash, so no closing tag: an element that would run on load.
        Files.writeString(folder.resolve("'\"><svg onload=\"document.title='pwned'\">.Dockerfile"), "FROM python:latest\n");
        Path html = report(project, dir.resolve("hostile.html"), ".");
        Browser loaded = run("--dump-dom", html.toUri().toString());
        assertThat(loaded.console()).as(loaded.log).isEmpty();
        Document dom = Jsoup.parse(loaded.dom());
        assertThat(dom.title()).doesNotContain("pwned");
        assertThat(dom.select("script")).hasSize(1);
        assertThat(dom.select("img, svg[onload], [onerror]")).isEmpty();
        assertThat(dom.select("td.where").eachText()).anySatisfy(t -> assertThat(t)
                .contains("<img src=x onerror=\"document.title='pwned'\">/'\"><svg onload=\"document.title='pwned'\">.Dockerfile"));
    }
}
