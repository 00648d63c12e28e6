package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.testing.SeededInputs;
import dev.bulwark.core.testing.SeededProperty;
import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void cutsAtTheQueryOrTheFragmentWhicheverComesFirst() {
        assertThat(Urls.withoutQuery("https://hf.co/m/resolve/main/model.bin?download=true"))
                .isEqualTo("https://hf.co/m/resolve/main/model.bin");
        assertThat(Urls.withoutQuery("https://x.org/a.pt#frag?not-a-query")).isEqualTo("https://x.org/a.pt");
        assertThat(Urls.withoutQuery("https://x.org/a.pt")).isEqualTo("https://x.org/a.pt");
        assertThat(Urls.withoutQuery("?")).isEmpty();
    }

    // The regex the rules used before, on the one-line strings a URL word is.
    @SeededProperty(cases = 1000)
    void agreesWithTheRegexItReplaced(long seed) {
        String url = SeededInputs.of(seed).string(20, "a/?#:.=");
        assertThat(Urls.withoutQuery(url)).isEqualTo(url.replaceFirst("[?#].*$", ""));
    }
}
