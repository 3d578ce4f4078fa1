package city.clearway.common;

/**
 * Text a person could have typed: no NUL or other control character (a tab or a line break is fine) and no half of a
 * surrogate pair. Anything else is refused where it is read, in a JSON body or a form, rather than stored: PostgreSQL
 * cannot store a NUL, and no reader can show half a character.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean is(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
