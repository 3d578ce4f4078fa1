package city.clearway.web;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Which {@code Origin} a form may come from: the office's own host, whatever scheme a proxy in front changed. */
class OfficeFormGuardTest {

    @Test
    void theOwnHostIsTheSameSiteBehindATlsProxyToo() {
        URI direct = URI.create("http://localhost:8080/");
        assertThat(OfficeFormGuard.sameSite("http://localhost:8080", direct)).isTrue();
        assertThat(OfficeFormGuard.sameSite("http://LOCALHOST:8080", direct)).isTrue();
        URI proxied = URI.create("http://clearway.tabriz.ir/");
        assertThat(OfficeFormGuard.sameSite("https://clearway.tabriz.ir", proxied)).isTrue();
    }

    @Test
    void anotherHostAPortOfAnotherServiceOrAnUnreadableOriginIsNot() {
        URI direct = URI.create("http://localhost:8080/");
        assertThat(OfficeFormGuard.sameSite("http://localhost:9090", direct)).isFalse();
        assertThat(OfficeFormGuard.sameSite("http://localhost", direct)).isFalse();
        assertThat(OfficeFormGuard.sameSite("http://evil.example:8080", direct)).isFalse();
        assertThat(OfficeFormGuard.sameSite("http://localhost.evil.example:8080", direct)).isFalse();
        for (String unreadable : new String[] {"null", "http://[::1", "ht tp://x", "http://%zz", "://", "file:///etc", "",
                "http://localhost:8080/path"}) {
            assertThat(OfficeFormGuard.sameSite(unreadable, direct)).as(unreadable).isFalse();
        }
    }
}
