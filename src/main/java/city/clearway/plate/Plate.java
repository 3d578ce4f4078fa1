package city.clearway.plate;

import city.clearway.common.Digits;

/**
 * A vehicle plate in its one canonical spelling: {@code 12ب345-67} for Iranian plates, upper-case
 * letters and digits for the others. Two plates are the same vehicle exactly when their canonical forms are equal.
 */
public final class Plate {

    public enum Kind { IRANIAN, OTHER }

    private final String canonical;
    private final Kind kind;

    Plate(String canonical, Kind kind) {
        this.canonical = canonical;
        this.kind = kind;
    }

    /** Reads any common spelling; throws {@link InvalidPlateException} for anything that is not a plate. */
    public static Plate parse(String raw) {
        return PlateNormaliser.normalise(raw);
    }

    public String canonical() {
        return canonical;
    }

    public Kind kind() {
        return kind;
    }

    /** As printed on the plate for Persian readers: {@code ۱۲ ب ۳۴۵ ایران ۶۷}. */
    public String persianDisplay() {
        if (kind == Kind.OTHER) {
            return canonical;
        }
        int dash = canonical.indexOf('-');
        String body = canonical.substring(0, dash);
        String first = body.substring(0, 2);
        String letter = body.substring(2, body.length() - 3);
        String serial = body.substring(body.length() - 3);
        return Digits.toPersian(first) + " " + letter + " " + Digits.toPersian(serial) + " ایران "
                + Digits.toPersian(canonical.substring(dash + 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Plate plate && plate.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
