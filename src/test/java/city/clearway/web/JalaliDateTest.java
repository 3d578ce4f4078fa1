package city.clearway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Known dates of the Iranian calendar: Nowruz of several years, the last day of a leap year, today's kind of date. */
class JalaliDateTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-03-21, 1405/01/01",   // Nowruz 1405
        "2026-03-20, 1404/12/29",   // the last day of 1404, not a leap year
        "2025-03-21, 1404/01/01",
        "2025-03-20, 1403/12/30",   // 1403 is a leap year: Esfand has 30 days
        "2024-03-20, 1403/01/01",
        "2023-03-21, 1402/01/01",
        "2026-11-23, 1405/09/02",
        "2026-09-22, 1405/06/31",   // the last day of the 31-day months
        "2026-09-23, 1405/07/01",
        "1979-02-11, 1357/11/22",   // 22 Bahman 1357
        "2000-01-01, 1378/10/11"
    })
    void gregorianDatesBecomeTheirJalaliDates(LocalDate gregorian, String jalali) {
        assertThat(JalaliDate.of(gregorian).toString()).isEqualTo(jalali);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-23, آذر", "2026-03-21, فروردین", "2027-03-19, اسفند"})
    void monthsHaveTheirPersianNames(LocalDate gregorian, String month) {
        assertThat(JalaliDate.of(gregorian).persianMonth()).isEqualTo(month);
    }
}
