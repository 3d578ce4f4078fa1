package city.clearway.common;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing a client sends can end a log line early or forge another one. */
class LogSafeTest {

    @Test
    void lineBreaksControlsAndReorderingCharactersAreEscaped() {
        assertThat(LogSafe.text("/office/a\r\n12:00:00 INFO forged")).isEqualTo("/office/a\\u000d\\u000a12:00:00 INFO forged");
        assertThat(LogSafe.text("a\u0000b\u0085c\u2028d\u202ee\u2066f")).isEqualTo("a\\u0000b\\u0085c\\u2028d\\u202ee\\u2066f");
        assertThat(LogSafe.text("خیابان امام 🚗 \u200c")).isEqualTo("خیابان امام 🚗 \u200c");
        assertThat(LogSafe.text(null)).isNull();
    }

    @Test
    void anExceptionKeepsItsClassesAndFramesWithItsMessagesEscaped() {
        IllegalStateException cause = new IllegalStateException("bad\nINFO forged cause");
        IllegalArgumentException e = new IllegalArgumentException("Illegal character: /office/a\r\nINFO forged", cause);
        Throwable safe = LogSafe.throwable(e);
        StringWriter printed = new StringWriter();
        safe.printStackTrace(new PrintWriter(printed));
        String[] lines = printed.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("java.lang.IllegalArgumentException: Illegal character: /office/a\\u000d\\u000aINFO forged");
        assertThat(lines).noneMatch(line -> line.startsWith("INFO forged"));
        assertThat(printed.toString()).contains("Caused by: java.lang.IllegalStateException: bad\\u000aINFO forged cause")
                .contains("at city.clearway.common.LogSafeTest.anExceptionKeepsItsClassesAndFramesWithItsMessagesEscaped");
        assertThat(safe.getStackTrace()).isEqualTo(e.getStackTrace());
    }
}
