package city.clearway.web;

import java.time.LocalDate;

/**
 * A date of the Solar Hijri (Jalali) calendar used in Iran, converted from the Gregorian one with the arithmetic of
 * Kazimierz Borkowski's algorithm as published in jalaali-js: exact for years 1 to 3177 of the Jalali era.
 */
public record JalaliDate(int year, int month, int day) {

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
        2324, 2394, 2456, 3178};

    private static final String[] PERSIAN_MONTHS = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
        "آذر", "دی", "بهمن", "اسفند"};

    public static JalaliDate of(LocalDate date) {
        int gregorianYear = date.getYear();
        int year = gregorianYear - 621;
        YearStart start = yearStart(year);
        long daysSinceNowruz = date.toEpochDay() - LocalDate.of(gregorianYear, 3, start.marchDay()).toEpochDay();
        if (daysSinceNowruz >= 0) {
            if (daysSinceNowruz <= 185) {
                return new JalaliDate(year, (int) (1 + daysSinceNowruz / 31), (int) (daysSinceNowruz % 31 + 1));
            }
            daysSinceNowruz -= 186;
        } else {
            year -= 1;
            daysSinceNowruz += 179;
            if (start.leap() == 1) {
                daysSinceNowruz += 1;
            }
        }
        return new JalaliDate(year, (int) (7 + daysSinceNowruz / 30), (int) (daysSinceNowruz % 30 + 1));
    }

    /** The month's Persian name: فروردین ... اسفند. */
    public String persianMonth() {
        return PERSIAN_MONTHS[month - 1];
    }

    /** 1405/09/02 */
    @Override
    public String toString() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }

    /** Where year {@code jalaliYear} starts: its first day's day of March, and its place in the leap cycle. */
    private record YearStart(int marchDay, int leap) {
    }

    private static YearStart yearStart(int jalaliYear) {
        if (jalaliYear < BREAKS[0] || jalaliYear >= BREAKS[BREAKS.length - 1]) {
            throw new IllegalArgumentException("Outside the Jalali years this calendar covers: " + jalaliYear);
        }
        int gregorianYear = jalaliYear + 621;
        int leapJ = -14;
        int previousBreak = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int nextBreak = BREAKS[i];
            jump = nextBreak - previousBreak;
            if (jalaliYear < nextBreak) {
                break;
            }
            leapJ += jump / 33 * 8 + jump % 33 / 4;
            previousBreak = nextBreak;
        }
        int n = jalaliYear - previousBreak;
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ += 1;
        }
        int leapG = gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150;
        int marchDay = 20 + leapJ - leapG;
        if (jump - n < 6) {
            n = n - jump + (jump + 4) / 33 * 33;
        }
        int leap = ((n + 1) % 33 - 1) % 4;
        if (leap == -1) {
            leap = 4;
        }
        return new YearStart(marchDay, leap);
    }
}
