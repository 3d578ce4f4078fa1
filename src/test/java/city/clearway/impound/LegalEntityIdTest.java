package city.clearway.impound;

import city.clearway.common.Digits;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national ID of a legal entity: the first ten digits, each raised by the tenth digit plus two, weighted 29, 27,
 * 23, 19, 17 twice over; the sum modulo 11 (10 read as 0) is the eleventh digit.
 */
class LegalEntityIdTest {

    private static final Random RANDOM = new Random(20261201);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // Registered companies' IDs, as the public validators of Iranian IDs give them (persian-tools and others).
            "10380284790",
            "10100387143",
            // Valid by the check digit, from the same validators' tests.
            "77111986110", "18061055669", "15292247120", "42118547230", "27388385445", "55828465992", "32882926778",
            "97006806007", "21272129339", "18706641333",
    })
    void acceptsElevenDigitsWithTheRightCheckDigit(String id) {
        assertThat(LegalEntityId.normalise(id)).isEqualTo(id);
    }

    @Test
    void theCheckDigitIsWorkedOutByHand() {
        // 1038028479: raise 7 + 2 = 9; (1+9)*29 + (0+9)*27 + (3+9)*23 + (8+9)*19 + (0+9)*17 + (2+9)*29 + (8+9)*27
        // + (4+9)*23 + (7+9)*19 + (9+9)*17 = 3432 = 312 * 11; the remainder 0 is the check digit.
        assertThat(LegalEntityId.checkDigit("1038028479")).isZero();
    }

    @Test
    void readsPersianAndArabicIndicDigits() {
        assertThat(LegalEntityId.normalise("۱۰۳۸۰۲۸۴۷۹۰")).isEqualTo("10380284790");
        assertThat(LegalEntityId.normalise("١٠١٠٠٣٨٧١٤٣")).isEqualTo("10100387143");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "10380284792", "10380285692", "84735069516", "65399567978", "99969101031", "15826563190", "11053639140",
            "18090089802",  // wrong check digits, from the same tests
            "11111111111",  // check digit wrong too
            "12300000001",  // the serial (digits four to nine) all zero, whatever the check digit
            "09748208301",
            "1038028479",   // ten digits: a person's national ID is not a company's
            "103802847900", // twelve
            "1038028479a",
            "103-8028-4790",
            " 10380284790",
            "",
    })
    void rejectsAnythingElse(String raw) {
        assertThat(LegalEntityId.normalise(raw)).isNull();
    }

    @Test
    void rejectsNull() {
        assertThat(LegalEntityId.normalise(null)).isNull();
    }

    @RepeatedTest(200)
    void everyGeneratedIdWithItsCheckDigitIsAcceptedAndWithAnyOtherRefused() {
        String ten = generatedTenDigits();
        int check = LegalEntityId.checkDigit(ten);
        assertThat(LegalEntityId.normalise(ten + check)).isEqualTo(ten + check);
        assertThat(LegalEntityId.normalise(Digits.toPersian(ten + check))).isEqualTo(ten + check);
        for (int other = 0; other < 10; other++) {
            if (other != check) {
                assertThat(LegalEntityId.normalise(ten + other)).as("%s%d", ten, other).isNull();
            }
        }
    }

    @RepeatedTest(200)
    void changingOneDigitOfAValidIdIsCaughtUnlessTheRemainderMovesBetweenZeroAndTen() {
        String ten = generatedTenDigits();
        String valid = ten + LegalEntityId.checkDigit(ten);
        int position = RANDOM.nextInt(10);
        int digit = (valid.charAt(position) - '0' + 1 + RANDOM.nextInt(9)) % 10;
        String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
        if (changed.substring(3, 9).equals("000000")) {
            assertThat(LegalEntityId.normalise(changed)).isNull();
            return;
        }
        int before = remainder(valid.substring(0, 10));
        int after = remainder(changed.substring(0, 10));
        boolean sameCheckDigit = before % 10 == after % 10;
        assertThat(after).as("a weight is never a multiple of 11, so the remainder moves").isNotEqualTo(before);
        assertThat(LegalEntityId.normalise(changed) == null).as(changed).isEqualTo(!sameCheckDigit);
    }

    private static String generatedTenDigits() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            if (!digits.substring(3, 9).equals("000000")) {
                return digits.toString();
            }
        }
    }

    /** The sum modulo 11 before 10 is read as 0, written out again here so the test does not trust the code it checks. */
    private static int remainder(String ten) {
        int[] weights = {29, 27, 23, 19, 17, 29, 27, 23, 19, 17};
        int raise = ten.charAt(9) - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (ten.charAt(i) - '0' + raise) * weights[i];
        }
        return sum % 11;
    }
}
