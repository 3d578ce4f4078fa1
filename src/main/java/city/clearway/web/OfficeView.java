package city.clearway.web;

import city.clearway.common.CityTime;
import city.clearway.common.Digits;
import city.clearway.common.TimeSource;
import city.clearway.plate.InvalidPlateException;
import city.clearway.plate.Plate;
import city.clearway.security.Caller;
import city.clearway.security.Permission;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every office page needs to speak the reader's language: texts, numbers and rials in the right digits, times
 * in the city's zone with the Jalali date beside the Gregorian one, and who is signed in.
 */
@TemplateData
public final class OfficeView {

    private static final DateTimeFormatter GREGORIAN = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Locale locale;
    private final OfficeTexts texts;
    private final FieldTexts fields;
    private final CityTime cityTime;
    private final TimeSource time;
    private final Caller caller;
    private final String formToken;
    private final boolean ownPassword;

    /**
     * {@code caller} and {@code formToken} are {@code null} on the pages of a reader not signed in; {@code ownPassword}
     * says whether the reader's password is kept here (not in OIDC mode), so that the page offers to change it.
     */
    OfficeView(Locale locale, CityTime cityTime, TimeSource time, Caller caller, String formToken,
               boolean ownPassword) {
        this.locale = locale;
        this.texts = MessageBundles.get(OfficeTexts.class, Localized.Literal.of(locale.toLanguageTag()));
        this.fields = MessageBundles.get(FieldTexts.class, Localized.Literal.of(locale.toLanguageTag()));
        this.cityTime = cityTime;
        this.time = time;
        this.caller = caller;
        this.formToken = formToken;
        this.ownPassword = ownPassword;
    }

    /** A page drawn in the reader's language: its {@code {office:...}} texts resolve in this locale. */
    public TemplateInstance page(TemplateInstance page) {
        return page.setLocale(locale);
    }

    public boolean ownPassword() {
        return ownPassword;
    }

    public Locale locale() {
        return locale;
    }

    public boolean persian() {
        return locale.getLanguage().equals("fa");
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String dir() {
        return persian() ? "rtl" : "ltr";
    }

    /** The page texts in the reader's language, for what the page's code words itself. */
    public OfficeTexts texts() {
        return texts;
    }

    /** The label of a field a refusal names (from the request, so known only when it comes), or its name when it has none. */
    public String field(String name) {
        return FieldLabels.of(fields, name);
    }

    public String num(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** Digits in the reader's script: a national ID, a phone number. */
    public String digits(String text) {
        return text == null ? "" : persian() ? Digits.toPersian(text) : text;
    }

    /** An amount as a form field holds it: plain digits, no grouping, in the reader's script. */
    public String amount(long rials) {
        return digits(Long.toString(rials));
    }

    /** An audit event's data as "name: value" pairs, in the order recorded. */
    public String details(String json) {
        try {
            JsonNode data = JSON.readTree(json);
            if (!data.isObject()) {
                return json;
            }
            StringBuilder text = new StringBuilder();
            data.fields().forEachRemaining(field -> {
                if (!text.isEmpty()) {
                    text.append(" · ");
                }
                text.append(field.getKey()).append(": ").append(field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString());
            });
            return text.toString();
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /** Hours with one decimal, or a dash when there is nothing to measure. */
    public String hours(Double hours) {
        if (hours == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    public String rials(Number amount) {
        return amount == null ? "" : texts.rials(num(amount));
    }

    /** In Persian: ۲ آذر ۱۴۰۵، ۱۰:۱۵ (۲۰۲۶-۱۱-۲۳); in English: 2026-11-23 10:15 (1405/09/02). */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(cityTime.zone());
        return date(local.toLocalDate()) + " " + digits(CLOCK.format(local));
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(cityTime.zone()).toLocalDate());
    }

    public String date(LocalDate day) {
        JalaliDate jalali = JalaliDate.of(day);
        if (persian()) {
            return digits(jalali.day() + " " + jalali.persianMonth() + " " + jalali.year()) + " (" + digits(GREGORIAN.format(day)) + ")";
        }
        return GREGORIAN.format(day) + " (" + jalali + ")";
    }

    /** How long since {@code from}: days and hours. */
    public String since(Instant from) {
        Duration stay = Duration.between(from, time.now());
        return texts.duration(num(stay.toDays()), num(stay.toHoursPart()));
    }

    /** A plate as printed on it ({@code ۱۲ ب ۳۴۵ ایران ۶۷}) in both languages: plates are Persian. */
    public String plate(String canonical) {
        try {
            return Plate.parse(canonical).persianDisplay();
        } catch (InvalidPlateException e) {
            return canonical;
        }
    }

    /** The signed-in reader's name; {@code null} when nobody is signed in. */
    public String username() {
        if (caller == null || caller.username().isEmpty()) {
            return null;
        }
        return caller.username();
    }

    /** The token every office form carries (the hidden field {@code csrf}). */
    public String csrf() {
        return formToken;
    }

    /** Whether the reader's roles allow this {@link Permission}, to offer only the actions the services will take. */
    public boolean may(String permission) {
        return caller != null && caller.may(Permission.valueOf(permission));
    }

    public boolean clerkAt(String lotCode) {
        return caller != null && caller.clerksAtLot(lotCode);
    }
}
