package city.clearway.impound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check digit of a national ID: sum the first nine digits weighted 10 down to 2, take the remainder by 11;
 * a remainder below 2 is the check digit itself, otherwise the check digit is 11 minus the remainder.
 */
class NationalIdTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            // 0*10+0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2 = 112; 112 % 11 = 2; check 11-2 = 9
            "0012345679, remainder 2 gives 9",
            // 1*10+2*9+3*8+4*7+5*6+6*5+7*4+8*3+9*2 = 210; 210 % 11 = 1; check 1
            "1234567891, remainder 1 is the check digit",
            // 3*3+1*2 = 11; 11 % 11 = 0; check 0
            "0000000310, remainder 0 is the check digit",
            // 2*3+3*2 = 12; 12 % 11 = 1; check 1
            "0000000231, remainder 1 from a small sum",
            // 1*2 = 2; 2 % 11 = 2; check 9
            "0000000019, only the last weighted digit set",
            // 2*10 = 20; 20 % 11 = 9; check 11-9 = 2
            "2000000002, remainder 9 gives 2",
    })
    void acceptsTenDigitsWithTheRightCheckDigit(String id, String why) {
        assertThat(NationalId.normalise(id)).isEqualTo(id);
    }

    @Test
    void readsPersianDigitsAndReturnsLatinOnes() {
        assertThat(NationalId.normalise("۰۰۱۲۳۴۵۶۷۹")).isEqualTo("0012345679");
    }

    @Test
    void readsArabicIndicDigitsAndReturnsLatinOnes() {
        assertThat(NationalId.normalise("١٢٣٤٥٦٧٨٩١")).isEqualTo("1234567891");
    }

    @Test
    void readsMixedDigitKinds() {
        assertThat(NationalId.normalise("۰0١2۳4٥6۷9")).isEqualTo("0012345679");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "0012345678",   // check digit should be 9
            "0012345670",
            "1234567890",   // check digit should be 1
            "0000000311",   // check digit should be 0
            "۰۰۱۲۳۴۵۶۷۸",   // Persian digits, wrong check digit
            "001234567",    // 9 digits
            "00123456790",  // 11 digits
            "00123456a9",   // a letter
            "ABCDEFGHIJ",
            "1111111111",   // all one digit, although its check digit works out (54 % 11 = 10, 11-10 = 1)
            "0000000000",   // all one digit, although its check digit works out (0)
            "001-234567-9", // separators are not removed
            " 0012345679",  // nor is surrounding space
            "0012345679 ",
            "",
    })
    void rejectsAnythingElse(String raw) {
        assertThat(NationalId.normalise(raw)).isNull();
    }

    @Test
    void rejectsNull() {
        assertThat(NationalId.normalise(null)).isNull();
    }
}
