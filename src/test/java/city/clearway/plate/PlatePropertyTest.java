package city.clearway.plate;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * PRODUCT §6 as properties: whichever way a field app spells an Iranian plate, the server reads one canonical
 * form; text that fits neither plate shape is refused; and the canonical form reads as itself.
 */
class PlatePropertyTest {

    private static final int EXAMPLES = 400;

    private static final String ZWNJ = "\u200C";
    private static final String RLM = "\u200F";
    private static final List<String> SEPARATORS = List.of(" ", "-", "", ZWNJ, RLM);
    private static final List<String> SERIES = PlateNormaliser.SERIES_LETTERS.stream().sorted().toList();

    /** The parts of an Iranian plate and the canonical form built directly from them. */
    record IranianPlate(String first, String letter, String serial, String province) {
        String canonical() {
            return first + letter + serial + "-" + province;
        }
    }

    /** One way of writing a plate. */
    record Spelling(IranianPlate plate, String text) {
        @Override
        public String toString() {
            return "\"" + visible(text) + "\" for " + plate.canonical();
        }
    }

    // ---- generators ----

    private static Gen<String> digits(int count) {
        int max = (int) Math.pow(10, count) - 1;
        return integers().between(0, max).map(n -> String.format("%0" + count + "d", n));
    }

    private static Gen<IranianPlate> iranianPlates() {
        return digits(2).zip(arbitrary().pick(SERIES), digits(3), digits(2), IranianPlate::new);
    }

    private static Gen<Spelling> spellings() {
        return iranianPlates().flatMap(plate -> (Gen<Spelling>) random -> new Spelling(plate, spell(plate, random)));
    }

    /** Each digit Latin, Persian or Arabic-Indic; Arabic letter forms; separators; ایران or not; ایران NN first or last. */
    private static String spell(IranianPlate plate, RandomnessSource random) {
        String first = spellDigits(plate.first(), random);
        String letter = Generate.pick(letterForms(plate.letter())).generate(random);
        String serial = spellDigits(plate.serial(), random);
        String province = spellDigits(plate.province(), random);
        String iran = Generate.pick(List.of("ایران", "ايران")).generate(random);
        int layout = Generate.range(0, 3).generate(random);
        return switch (layout) {
            // 12 ب 345 [ایران] 67
            case 0, 1 -> separator(random) + first + separator(random) + letter + separator(random) + serial
                    + separator(random) + (layout == 1 ? iran + separator(random) : "") + province + separator(random);
            // ایران 67 12 ب 345
            case 2 -> separator(random) + iran + separator(random) + province + separator(random) + first
                    + separator(random) + letter + separator(random) + serial + separator(random);
            // ایران 67 345 ب 12, the plate read right to left
            default -> separator(random) + iran + separator(random) + province + separator(random) + serial
                    + separator(random) + letter + separator(random) + first + separator(random);
        };
    }

    private static String spellDigits(String latin, RandomnessSource random) {
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            int value = c - '0';
            out.append(switch (Generate.range(0, 2).generate(random)) {
                case 0 -> c;
                case 1 -> (char) ('\u06F0' + value);   // Persian
                default -> (char) ('\u0660' + value);  // Arabic-Indic
            });
        }
        return out.toString();
    }

    private static List<String> letterForms(String letter) {
        return switch (letter) {
            case "ی" -> List.of("ی", "\u064A", "\u0649");   // Persian yeh, Arabic yeh, alef maksura
            case "ک" -> List.of("ک", "\u0643");             // Persian keheh, Arabic kaf
            default -> List.of(letter);
        };
    }

    /** Nothing, or one or two of space, dash, ZWNJ and RLM. */
    private static String separator(RandomnessSource random) {
        int count = Generate.range(0, 2).generate(random);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(Generate.pick(SEPARATORS).generate(random));
        }
        return out.toString();
    }

    private static Gen<String> stringsOver(String alphabet, int minLength, int maxLength) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(arbitrary().pick(chars)).ofSizeBetween(minLength, maxLength)
                .map(list -> list.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** Persian letters, digits of all three kinds, separators and punctuation, with an {@code @} or {@code #} inserted. */
    private static Gen<String> junkWithASymbol() {
        Gen<String> body = stringsOver("ابپتجدسکگیمنوهالفایران0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩ -.،!?" + ZWNJ + RLM, 0, 20);
        Gen<String> symbol = arbitrary().pick("@", "#");
        return body.zip(symbol, integers().between(0, 20),
                (text, mark, at) -> text.substring(0, Math.min(at, text.length())) + mark + text.substring(Math.min(at, text.length())));
    }

    /** Persian and Latin letters, separators and punctuation, but no digit of any kind. */
    private static Gen<String> junkWithoutADigit() {
        return stringsOver("ابپتجدسکگیمنوهالفایرانABCxyz -_.،!?" + ZWNJ + RLM, 1, 25)
                .assuming(text -> !text.isBlank());
    }

    /** Upper- and lower-case Latin letters and digits, at least one digit, with separators between them. */
    private static Gen<String> latinPlates() {
        Gen<String> body = stringsOver("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghxyz0123456789", 1, 11);
        Gen<String> digit = stringsOver("0123456789", 1, 1);
        Gen<String> plate = body.zip(digit, integers().between(0, 11),
                (text, d, at) -> text.substring(0, Math.min(at, text.length())) + d + text.substring(Math.min(at, text.length())));
        return plate.flatMap(text -> (Gen<String>) random -> {
            StringBuilder out = new StringBuilder(separator(random));
            for (char c : text.toCharArray()) {
                out.append(c).append(separator(random));
            }
            return out.toString();
        });
    }

    private static String visible(String text) {
        return text.replace(ZWNJ, "<ZWNJ>").replace(RLM, "<RLM>");
    }

    // ---- properties ----

    @Test
    void everySpellingOfAnIranianPlateNormalisesToTheCanonicalFormBuiltFromItsParts() {
        qt().withExamples(EXAMPLES).forAll(spellings()).checkAssert(spelling -> {
            Plate plate = PlateNormaliser.normalise(spelling.text());
            assertThat(plate.canonical()).as(spelling.toString()).isEqualTo(spelling.plate().canonical());
            assertThat(plate.kind()).isEqualTo(Plate.Kind.IRANIAN);
        });
    }

    @Test
    void textWithAnAtOrHashSignIsNotAPlate() {
        qt().withExamples(EXAMPLES).forAll(junkWithASymbol()).checkAssert(text ->
                assertThatThrownBy(() -> PlateNormaliser.normalise(text))
                        .as("\"%s\"", visible(text))
                        .isInstanceOf(InvalidPlateException.class));
    }

    @Test
    void textWithoutADigitIsNotAPlate() {
        qt().withExamples(EXAMPLES).forAll(junkWithoutADigit()).checkAssert(text ->
                assertThatThrownBy(() -> PlateNormaliser.normalise(text))
                        .as("\"%s\"", visible(text))
                        .isInstanceOf(InvalidPlateException.class));
    }

    @Test
    void theCanonicalFormOfAnIranianPlateNormalisesToItself() {
        qt().withExamples(EXAMPLES).forAll(iranianPlates()).checkAssert(parts -> {
            Plate plate = PlateNormaliser.normalise(parts.canonical());
            assertThat(plate.canonical()).isEqualTo(parts.canonical());
            assertThat(PlateNormaliser.normalise(plate.canonical())).isEqualTo(plate);
            assertThat(PlateNormaliser.normalise(plate.persianDisplay())).isEqualTo(plate);
        });
    }

    @Test
    void theCanonicalFormOfAForeignPlateIsUpperCaseAndNormalisesToItself() {
        qt().withExamples(EXAMPLES).forAll(latinPlates()).checkAssert(text -> {
            Plate plate = PlateNormaliser.normalise(text);
            assertThat(plate.kind()).as("\"%s\"", visible(text)).isEqualTo(Plate.Kind.OTHER);
            assertThat(plate.canonical()).matches("[A-Z0-9]{2,12}");
            Plate again = PlateNormaliser.normalise(plate.canonical());
            assertThat(again.canonical()).isEqualTo(plate.canonical());
            assertThat(again.kind()).isEqualTo(Plate.Kind.OTHER);
        });
    }
}
