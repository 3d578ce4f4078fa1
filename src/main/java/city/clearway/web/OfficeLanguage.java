package city.clearway.web;

import city.clearway.common.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/**
 * The language of the office pages: the one chosen with the switch (kept in a cookie), else the browser's if
 * Clearway speaks it, else Persian, the language of the city's staff.
 */
@ApplicationScoped
public class OfficeLanguage {

    public static final String COOKIE = "clearway-lang";

    public Locale of(HttpHeaders headers) {
        var chosen = headers.getCookies().get(COOKIE);
        if (chosen != null) {
            return "en".equals(chosen.getValue()) ? Locale.ENGLISH : Messages.PERSIAN;
        }
        for (String wanted : Messages.wanted(headers.getRequestHeaders().get(HttpHeaders.ACCEPT_LANGUAGE))) {
            if (wanted.equals("en")) {
                return Locale.ENGLISH;
            }
            if (wanted.equals("fa")) {
                return Messages.PERSIAN;
            }
        }
        return Messages.PERSIAN;
    }
}
