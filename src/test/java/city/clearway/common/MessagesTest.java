package city.clearway.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading Accept-Language: most wanted first, and what cannot be read is left out rather than failing the request. */
class MessagesTest {

    @Test
    void languagesComeMostWantedFirst() {
        assertThat(Messages.wanted(List.of("en;q=0.5, fa-IR, de;q=0.7"))).containsExactly("fa", "de", "en");
        assertThat(Messages.wanted(List.of("fa", "en;q=0.9"))).containsExactly("fa", "en");
        assertThat(Messages.wanted(List.of("*"))).containsExactly("*");
        assertThat(Messages.wanted(List.of("FA-ir;Q=1.000"))).containsExactly("fa");
    }

    @Test
    void whatCannotBeReadIsLeftOut() {
        assertThat(Messages.wanted(List.of("fa;q=abc, en"))).containsExactly("en");
        assertThat(Messages.wanted(List.of("en;q=2"))).isEmpty();
        assertThat(Messages.wanted(List.of("*;q="))).isEmpty();
        assertThat(Messages.wanted(List.of("fa;q=0.5;x=1, ;;, -, en-, 123, \u200ffa, fa;q=0"))).isEmpty();
        assertThat(Messages.wanted(List.of("", ";;;", ",,,", ";"))).isEmpty();
        assertThat(Messages.wanted(null)).isEmpty();
    }
}
