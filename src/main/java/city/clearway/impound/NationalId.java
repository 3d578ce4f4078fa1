package city.clearway.impound;

import city.clearway.common.Digits;

/**
 * An Iranian national ID (کد ملی): ten digits whose last is a check digit over the first nine. Persian and
 * Arabic-Indic digits are read as Latin ones; nothing else is changed.
 */
public final class NationalId {

    private NationalId() {
    }

    /** The ten Latin digits, or {@code null} when the text is not a valid national ID. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = Digits.toLatin(raw);
        if (!digits.matches("\\d{10}") || digits.chars().distinct().count() == 1) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        int check = digits.charAt(9) - '0';
        boolean valid = remainder < 2 ? check == remainder : check == 11 - remainder;
        return valid ? digits : null;
    }
}
