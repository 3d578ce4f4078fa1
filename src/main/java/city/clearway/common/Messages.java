package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts shown to people, in English or Persian ({@code Accept-Language: fa}). */
@ApplicationScoped
public class Messages {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, PERSIAN);
    private static final String BUNDLE = "messages.texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The best supported language among those the caller accepts, English when none fits. */
    public Locale choose(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if ("*".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    public String get(Locale locale, String key, Object... args) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(args);
    }

    public boolean has(String key) {
        return bundle(Locale.ROOT).containsKey(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        // English lives in the base bundle; never fall back to the server's own default locale.
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
