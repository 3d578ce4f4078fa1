package city.clearway.common;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits as Latin ones, and back for Persian readers. */
public final class Digits {

    private static final char[] PERSIAN = "۰۱۲۳۴۵۶۷۸۹".toCharArray();

    private Digits() {
    }

    /** The Latin digit a Persian, Arabic-Indic or Latin digit stands for; the character itself otherwise. */
    public static char toLatin(char c) {
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        return c;
    }

    public static String toLatin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(toLatin(text.charAt(i)));
        }
        return out.toString();
    }

    public static String toPersian(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? PERSIAN[c - '0'] : c);
        }
        return out.toString();
    }
}
