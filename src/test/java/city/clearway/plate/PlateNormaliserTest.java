package city.clearway.plate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** PRODUCT §6: every common spelling of a plate reads as its one canonical form; anything else is not a plate. */
class PlateNormaliserTest {

    private static final String ZWNJ = "\u200C";
    private static final String RLM = "\u200F";
    private static final String LRM = "\u200E";

    static Stream<Arguments> iranianSpellings() {
        return Stream.of(
                arguments("12ب345-67", "12ب345-67", "the canonical form itself"),
                arguments("12 ب 345 ایران 67", "12ب345-67", "Latin digits with ایران"),
                arguments("۱۲ ب ۳۴۵ ایران ۶۷", "12ب345-67", "Persian digits with ایران"),
                arguments("١٢ ب ٣٤٥ ايران ٦٧", "12ب345-67", "Arabic-Indic digits, ایران with Arabic yeh"),
                arguments("۱2 ب ٣4۵ ۶٧", "12ب345-67", "Persian, Arabic-Indic and Latin digits mixed"),
                arguments("۱۲ب۳۴۵۶۷", "12ب345-67", "no separators, no ایران"),
                arguments("12 ب 345 67", "12ب345-67", "spaces, no ایران"),
                arguments("12-ب-345-67", "12ب345-67", "dashes"),
                arguments("12 ب 345 - 67", "12ب345-67", "spaced dash before the province"),
                arguments("  12   ب 345ایران67  ", "12ب345-67", "runs of spaces, ایران glued to the digits"),
                arguments("12" + ZWNJ + "ب" + ZWNJ + "345" + ZWNJ + "67", "12ب345-67", "zero-width non-joiners"),
                arguments(RLM + "12 ب 345 " + RLM + "ایران" + RLM + " 67" + RLM, "12ب345-67", "right-to-left marks"),
                arguments(LRM + "۱۲" + LRM + "ب" + LRM + "۳۴۵" + LRM + "۶۷", "12ب345-67", "left-to-right marks"),
                arguments("ایران ۶۷ ۱۲ ب ۳۴۵", "12ب345-67", "ایران NN written first"),
                arguments("ایران67-12ب345", "12ب345-67", "ایران NN written first, compact"),
                arguments(RLM + "ایران ۶۷ " + RLM + "۱۲ ب ۳۴۵", "12ب345-67", "ایران first behind a direction mark"),
                arguments("ایران ۶۷ ۳۴۵ ب ۱۲", "12ب345-67", "ایران first, read right to left"),
                arguments("۱۲ ی ۳۴۵ ایران ۶۷", "12ی345-67", "series letter ی"),
                arguments("12 ي 345 67", "12ی345-67", "Arabic yeh for ی"),
                arguments("12 ى 345 67", "12ی345-67", "alef maksura for ی"),
                arguments("۱۲ ک ۳۴۵ ایران ۶۷", "12ک345-67", "series letter ک"),
                arguments("12 ك 345 - 67", "12ک345-67", "Arabic kaf for ک"),
                arguments("ایران ٦٧ ١٢ ك ٣٤٥", "12ک345-67", "Arabic kaf, Arabic-Indic digits, ایران first"),
                arguments("۱۲ الف ۳۴۵ ایران ۶۷", "12الف345-67", "three-letter series الف"),
                arguments("12الف34567", "12الف345-67", "الف with no separators"),
                arguments("12 ألف 345 67", "12الف345-67", "الف written with hamza"),
                arguments("ایران 67 12 الف 345", "12الف345-67", "الف with ایران first"),
                arguments("ایران 67 345 الف 12", "12الف345-67", "الف read right to left"),
                arguments("12 ە 345 67", "12ه345-67", "Kurdish ae for ه"),
                arguments("99 ژ 000 10", "99ژ000-10", "zeros and the letter ژ"),
                arguments("00 پ 999 99", "00پ999-99", "leading zeros are kept"));
    }

    @ParameterizedTest(name = "[{index}] {2}: \"{0}\" -> {1}")
    @MethodSource("iranianSpellings")
    void readsEverySpellingOfAnIranianPlateAsItsCanonicalForm(String raw, String canonical, String spelling) {
        Plate plate = PlateNormaliser.normalise(raw);

        assertThat(plate.canonical()).isEqualTo(canonical);
        assertThat(plate.kind()).isEqualTo(Plate.Kind.IRANIAN);
        assertThat(Plate.parse(raw)).isEqualTo(plate);
    }

    static Stream<Arguments> otherSpellings() {
        return Stream.of(
                arguments("abc-1234", "ABC1234"),
                arguments("ABC1234", "ABC1234"),
                arguments("ab 12 cd", "AB12CD"),
                arguments("t_9876", "T9876"),
                arguments("  x7  ", "X7"),
                arguments("1234567", "1234567"),
                arguments("ABCDEFGHIJK1", "ABCDEFGHIJK1"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("otherSpellings")
    void keepsForeignAndTemporaryPlatesAsUpperCaseLettersAndDigits(String raw, String canonical) {
        Plate plate = PlateNormaliser.normalise(raw);

        assertThat(plate.canonical()).isEqualTo(canonical);
        assertThat(plate.kind()).isEqualTo(Plate.Kind.OTHER);
    }

    static Stream<Arguments> junk() {
        return Stream.of(
                arguments("", "empty"),
                arguments("   ", "blank"),
                arguments("\t\n", "only whitespace"),
                arguments(ZWNJ + RLM, "only invisible marks"),
                arguments("ایران", "only the word ایران"),
                arguments("سلام دنیا", "only Persian words"),
                arguments("پلاک ندارد", "only Persian words, with a series letter among them"),
                arguments("12 ح 345 ایران 67", "ح is not a series letter"),
                arguments("12 ر 345 67", "ر is not a series letter"),
                arguments("12 ا 345 67", "a lone alef is not الف"),
                arguments("12 بب 345 67", "two series letters"),
                arguments("12 345 ایران 67", "no series letter"),
                arguments("1 ب 345 67", "one digit before the letter"),
                arguments("12 ب 34 67", "two-digit serial"),
                arguments("12 ب 345 6", "one-digit province"),
                arguments("12 ب 345", "no province"),
                arguments("12 ب 345 ایران", "ایران with no province"),
                arguments("123 ب 345 67", "three digits before the letter"),
                arguments("12 ب 345 678", "three-digit province"),
                arguments("ایران ۶۷ ۱۲ ب ۳۴", "ایران first with a short serial"),
                arguments("🚗", "an emoji"),
                arguments("12 ب 345 67 🚗", "a plate followed by an emoji"),
                arguments("AB🚗12", "an emoji inside a Latin plate"),
                arguments("12@345", "an at sign"),
                arguments("abc#123", "a hash sign"),
                arguments("12 ب 345 ایران 67!", "an exclamation mark"),
                arguments("ABCDEF", "Latin letters without a digit"),
                arguments("7", "a single digit"),
                arguments("ABCDEFGHIJ1234", "a Latin plate longer than twelve characters"),
                arguments("A1".repeat(40), "overly long text"),
                arguments("12 ب 345 ایران 67" + " ".repeat(60), "a plate drowned in more than 64 characters"),
                arguments("ABC123 ایران", "ایران after a Latin plate"),
                arguments("ایران ABC123", "ایران before a Latin plate"),
                arguments("ABC ایران 123", "ایران inside a Latin plate"),
                arguments("12 B 345 67 ایران", "a Latin letter in an Iranian plate with ایران"),
                arguments("ÄB123", "a non-ASCII Latin letter"),
                arguments("12 ب ایران 345 67", "ایران between the letter and the serial"),
                arguments("12 ایران ب 345 67", "ایران before the series letter"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("junk")
    void rejectsTextThatIsNeitherPlateShape(String raw, String why) {
        assertThatThrownBy(() -> PlateNormaliser.normalise(raw))
                .isInstanceOf(InvalidPlateException.class)
                .hasMessageContaining("Not a plate");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PlateNormaliser.normalise(null)).isInstanceOf(InvalidPlateException.class);
    }

    @Test
    void rejectionIsAnIllegalArgumentNamingTheText() {
        assertThatThrownBy(() -> Plate.parse("12@345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a plate: 12@345");
    }

    @Test
    void twoSpellingsOfOneVehicleAreEqualPlatesWithEqualHashCodes() {
        Plate persian = Plate.parse("۱۲ ک ۳۴۵ ایران ۶۷");
        Plate arabic = Plate.parse("12 ك 345 - 67");

        assertThat(persian).isEqualTo(arabic).hasSameHashCodeAs(arabic);
        assertThat(persian.toString()).isEqualTo("12ک345-67");
        assertThat(persian).isNotEqualTo(Plate.parse("12 ک 345 68"));
    }

    @Test
    void persianDisplayWritesTheIranianPlateAsPrinted() {
        assertThat(Plate.parse("12ب345-67").persianDisplay()).isEqualTo("۱۲ ب ۳۴۵ ایران ۶۷");
        assertThat(Plate.parse("90 ی 108 - 11").persianDisplay()).isEqualTo("۹۰ ی ۱۰۸ ایران ۱۱");
    }

    @Test
    void persianDisplayKeepsTheThreeLetterSeriesWhole() {
        assertThat(Plate.parse("12الف345-67").persianDisplay()).isEqualTo("۱۲ الف ۳۴۵ ایران ۶۷");
    }

    @Test
    void persianDisplayOfAForeignPlateIsItsCanonicalForm() {
        assertThat(Plate.parse("abc-1234").persianDisplay()).isEqualTo("ABC1234");
    }

    @Test
    void persianDisplayReadsBackAsTheSamePlate() {
        Plate plate = Plate.parse("۱۲ الف ۳۴۵ ایران ۶۷");

        assertThat(Plate.parse(plate.persianDisplay())).isEqualTo(plate);
    }
}
