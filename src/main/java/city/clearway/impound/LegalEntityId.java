package city.clearway.impound;

import city.clearway.common.Digits;

/**
 * The national ID of an Iranian legal entity (شناسه ملی اشخاص حقوقی): eleven digits whose last is a check digit over
 * the first ten. Each of the ten, raised by the tenth digit plus two, is weighted 29, 27, 23, 19, 17 (twice over); the
 * sum modulo 11, with 10 read as 0, is the check digit. Digits four to nine are the entity's serial and never all zero.
 * Persian and Arabic-Indic digits are read as Latin ones; nothing else is changed.
 */
public final class LegalEntityId {

    private static final int[] WEIGHTS = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};

    private LegalEntityId() {
    }

    /** The eleven Latin digits, or {@code null} when the text is not a valid legal entity's national ID. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = Digits.toLatin(raw);
        if (!digits.matches("\\d{11}") || digits.substring(3, 9).equals("000000")) {
            return null;
        }
        return checkDigit(digits.substring(0, 10)) == digits.charAt(10) - '0' ? digits : null;
    }

    /** The check digit that completes ten Latin digits. */
    static int checkDigit(String tenDigits) {
        int raise = tenDigits.charAt(9) - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (tenDigits.charAt(i) - '0' + raise) * WEIGHTS[i];
        }
        return sum % 11 % 10;
    }
}
