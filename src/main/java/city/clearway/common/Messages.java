package city.clearway.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Texts shown to people, in English or Persian ({@code Accept-Language: fa}). */
@ApplicationScoped
public class Messages {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, PERSIAN);
    private static final String BUNDLE = "messages.texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern QUALITY = Pattern.compile("[qQ]=(0(\\.\\d{0,3})?|1(\\.0{0,3})?)");

    /**
     * Each text parsed once per language (parsing a pattern builds its number formats, a tenth of a fee quote's CPU
     * when it was done per line); a {@link MessageFormat} is not safe to share, so one formats at a time.
     */
    private final Map<Locale, Map<String, MessageFormat>> parsed = new ConcurrentHashMap<>();

    /** The best supported language the caller accepts, English when none fits. */
    public Locale choose(HttpHeaders headers) {
        return choose(headers.getRequestHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The same from the {@code Accept-Language} headers as they came. */
    public Locale choose(List<String> acceptLanguage) {
        for (String language : wanted(acceptLanguage)) {
            if (language.equals("*")) {
                return Locale.ENGLISH;
            }
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(language)) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The primary languages of {@code Accept-Language} (lower case, or {@code *}), most wanted first. Whatever part of
     * the header cannot be read (a quality such as {@code q=abc} or {@code q=2}, a malformed tag) is left out, as RFC
     * 9110 lets a server do; the header never makes a request fail.
     */
    public static List<String> wanted(List<String> acceptLanguage) {
        record Range(String language, double quality) {
        }
        List<Range> ranges = new ArrayList<>();
        if (acceptLanguage != null) {
            for (String header : acceptLanguage) {
                for (String element : header.split(",", -1)) {
                    String[] parts = element.split(";", -1);
                    String tag = parts[0].strip();
                    if (!LANGUAGE_RANGE.matcher(tag).matches() || parts.length > 2) {
                        continue;
                    }
                    double quality = 1;
                    if (parts.length == 2) {
                        String weight = parts[1].strip();
                        if (!QUALITY.matcher(weight).matches()) {
                            continue;
                        }
                        quality = Double.parseDouble(weight.substring(2));
                    }
                    if (quality > 0) {
                        ranges.add(new Range(tag.split("-")[0].toLowerCase(Locale.ROOT), quality));
                    }
                }
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed());
        return ranges.stream().map(Range::language).toList();
    }

    public String get(Locale locale, String key, Object... args) {
        MessageFormat format = parsed.computeIfAbsent(locale, ignored -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, ignored -> new MessageFormat(bundle(locale).getString(key), locale));
        synchronized (format) {
            return format.format(args);
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        // English lives in the base bundle; never fall back to the server's own default locale.
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }
}
