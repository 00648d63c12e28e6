package dev.bulwark.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
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
    @Property
    void agreesWithTheRegexItReplaced(@ForAll @StringLength(max = 20) @Chars({'a', '/', '?', '#', ':', '.', '='}) String url) {
        assertThat(Urls.withoutQuery(url)).isEqualTo(url.replaceFirst("[?#].*$", ""));
    }
}
