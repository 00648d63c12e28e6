package dev.bulwark.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Byte sizes and durations as Compose reads them, IP literals, shell-like word splitting, path cleaning. */
class ValuesTest {

    @ParameterizedTest
    @CsvSource({"1024,1024", "-1,-1", "512m,536870912", "512M,536870912", "1.5g,1610612736", "2GiB,2147483648",
        "100kb,102400", "1 k,1024", "1b,1", "1.5,1", "0,0", "1t,1099511627776"})
    void byteSizes(String text, long bytes) {
        assertThat(ByteSizes.parse(text)).isEqualTo(OptionalLong.of(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "1.2.3g", "1x", "1gg", "-1g", " 1g", "1.g"})
    void notByteSizes(String text) {
        assertThat(ByteSizes.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"30s,30000", "1m30s,90000", "1.5h,5400000", "1h5m30s20ms,3930020", "500ms,500", "0,0", "2d,172800000",
        "1w,604800000", "-1s,-1000", "2000us,2", ".5s,500", "1.s,1000"})
    void durations(String text, long millis) {
        assertThat(Durations.parse(text)).hasValue(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "5 s", "1y", "s", ".s", "1m x", "--1s"})
    void notDurations(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "0.0.0.0", "::", "::1", "fe80::1", "2001:db8::8a2e:370:7334",
        "1:2:3:4:5:6:7:8", "::ffff:10.0.0.1"})
    void ipAddresses(String ip) {
        assertThat(IpAddresses.isValid(ip)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "256.0.0.1", "01.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "localhost", ":1", "1:"})
    void notIpAddresses(String ip) {
        assertThat(IpAddresses.isValid(ip)).isFalse();
    }

    @Test
    void shellWords() {
        assertThat(ShellWords.split("a 'b c' \"d \\\" e\" f\\ g  h''"))
                .extracting(p -> p.text + "@" + p.start + "-" + p.end)
                .containsExactly("a@0-1", "b c@2-7", "d \" e@8-16", "f g@17-21", "h@23-26");
    }

    @Test
    void cleanPaths() {
        assertThat(Nodes.cleanPath("/data/./x//y/../z/")).isEqualTo("/data/x/z");
        assertThat(Nodes.cleanPath("/..")).isEqualTo("/");
        assertThat(Nodes.cleanPath("a/../..")).isEqualTo("..");
    }

    @Test
    void scalarConversions() {
        ComposeScalar yes = ComposeScalar.implied(MemoryProject.of("services: {}").model().span(), "yes", ScalarType.BOOLEAN);
        assertThat(yes.asBoolean()).hasValue(true);
        assertThat(yes.isTrue()).isTrue();
    }
}
