package city.clearway.plate;

import city.clearway.common.Digits;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plate however a field app spelled it and writes its one canonical form.
 *
 * <p>Iranian plates read {@code 12 ب 345 ایران 67}: two digits, a series letter, three digits and the
 * two-digit province code; the canonical form is {@code 12ب345-67}. Accepted: Persian, Arabic-Indic or
 * Latin digits, Arabic {@code ي}/{@code ك}, spaces, dashes, direction marks, with or without
 * {@code ایران}, and with {@code ایران NN} written first. Anything else made only of Latin letters and
 * digits (foreign, temporary) is kept in upper case.
 */
public final class PlateNormaliser {

    /** The series letters found on Iranian plates; {@code الف} is the one written with three characters. */
    static final Set<String> SERIES_LETTERS = Set.of(
            "الف", "ب", "پ", "ت", "ث", "ج", "د", "ز", "ژ", "س", "ش", "ص", "ط", "ع", "ف", "ق", "ک", "گ",
            "ل", "م", "ن", "و", "ه", "ی");

    private static final String IRAN = "ایران";
    private static final String LETTER = "(الف|\\p{InArabic})";
    /** {@code 12ب345ایران67}, {@code ایران} optional and only before the province code. */
    private static final Pattern STANDARD = Pattern.compile("^(\\d{2})" + LETTER + "(\\d{3})(?:" + IRAN + ")?(\\d{2})$");
    /** {@code ایران67 12ب345}: the province written first. */
    private static final Pattern PROVINCE_FIRST = Pattern.compile("^" + IRAN + "(\\d{2})(\\d{2})" + LETTER + "(\\d{3})$");
    /** {@code ایران67 345ب12}: the plate read right to left. */
    private static final Pattern READ_RIGHT_TO_LEFT = Pattern.compile("^" + IRAN + "(\\d{2})(\\d{3})" + LETTER + "(\\d{2})$");
    private static final Pattern OTHER = Pattern.compile("^(?=.*\\d)[A-Z0-9]{2,12}$");
    private static final int MAX_INPUT = 64;

    private PlateNormaliser() {
    }

    public static Plate normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT) {
            throw new InvalidPlateException(raw);
        }
        String compact = compact(raw);
        Plate plate = standard(compact);
        if (plate == null) {
            plate = provinceFirst(compact);
        }
        if (plate == null) {
            String upper = compact.toUpperCase(Locale.ROOT);
            if (OTHER.matcher(upper).matches()) {
                plate = new Plate(upper, Plate.Kind.OTHER);
            }
        }
        if (plate == null) {
            throw new InvalidPlateException(raw);
        }
        return plate;
    }

    private static Plate standard(String s) {
        Matcher m = STANDARD.matcher(s);
        return m.matches() ? iranian(m.group(1), m.group(2), m.group(3), m.group(4)) : null;
    }

    private static Plate provinceFirst(String s) {
        Matcher m = PROVINCE_FIRST.matcher(s);
        if (m.matches()) {
            return iranian(m.group(2), m.group(3), m.group(4), m.group(1));
        }
        m = READ_RIGHT_TO_LEFT.matcher(s);
        if (m.matches()) {
            return iranian(m.group(4), m.group(3), m.group(2), m.group(1));
        }
        return null;
    }

    private static Plate iranian(String first, String letter, String serial, String province) {
        if (!SERIES_LETTERS.contains(letter)) {
            return null;
        }
        return new Plate(first + letter + serial + "-" + province, Plate.Kind.IRANIAN);
    }

    /** One spelling: Latin digits, Persian letter forms, no separators or direction marks. */
    static String compact(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Digits.toLatin(text.charAt(i));
            if (c == '\u064A' || c == '\u0649') {
                out.append('ی');
            } else if (c == '\u0643') {
                out.append('ک');
            } else if (c == '\u0623' || c == '\u0625' || c == '\u0622') {
                out.append('ا');
            } else if (c == '\u06C0' || c == '\u06D5') {
                out.append('ه');
            } else if (!isSeparator(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '_' || c == '.' || c == '|' || c == '/' || c == '\u2010' || c == '\u2011'
                || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\u060C'
                || c == '\u0640'                      // Arabic tatweel
                || c == '\u200C' || c == '\u200D'     // zero-width non-joiner / joiner
                || c == '\u200E' || c == '\u200F'     // left-to-right / right-to-left marks
                || c >= '\u202A' && c <= '\u202E'     // embeddings and overrides
                || c >= '\u2066' && c <= '\u2069'     // isolates
                || c == '\u061C' || c == '\uFEFF';    // Arabic letter mark, byte order mark
    }
}
