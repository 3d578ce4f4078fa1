package city.clearway.impound;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemException.FieldProblem;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What each kind of recipient must show, and that a document of another kind is refused rather than kept. */
class RecipientRulesTest {

    private static final String PERSON = "0012345679";
    private static final String COMPANY = "10380284790";
    private static final Random RANDOM = new Random(1403);

    @Test
    void anOwnerWithoutAKindIsTheOwnerAsBefore() {
        Recipient checked = RecipientRules.check(Recipient.owner("Reza Ahmadi", "۰۰۱۲۳۴۵۶۷۹", "Vehicle card 9921"));
        assertThat(checked).isEqualTo(Recipient.owner("Reza Ahmadi", PERSON, "Vehicle card 9921"));
        Recipient noKind = new Recipient(null, "Reza Ahmadi", PERSON, "Card", null, null, null, null, null, null);
        assertThat(RecipientRules.check(noKind).kind()).isEqualTo(ReleaseKind.OWNER);
    }

    @Test
    void aCompanysAgentShowsTheCompanysIdAndTheirOwn() {
        Recipient checked = RecipientRules.check(new Recipient(ReleaseKind.LEGAL_ENTITY, "Sara Karimi", PERSON, "Card", " Tabriz Transport ",
                "۱۰۳۸۰۲۸۴۷۹۰", null, null, null, null));
        assertThat(checked.companyNationalId()).isEqualTo(COMPANY);
        assertThat(checked.companyName()).isEqualTo("Tabriz Transport");
        assertThat(checked.nationalId()).isEqualTo(PERSON);
    }

    @Test
    void aCompanyWithoutItsDocumentsIsRefusedNamingEachField() {
        assertThat(problems(new Recipient(ReleaseKind.LEGAL_ENTITY, "Sara Karimi", null, "Card", null, null, null, null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("releasedToNationalId", "required"),
                        org.assertj.core.groups.Tuple.tuple("releasedTo.companyName", "required"),
                        org.assertj.core.groups.Tuple.tuple("releasedTo.companyNationalId", "required"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"10380284791", "1038028479", "0012345679", "12300000001", "x"})
    void aCompanyIdWithoutItsCheckDigitIsRefused(String companyId) {
        assertThat(problems(new Recipient(ReleaseKind.LEGAL_ENTITY, "Sara Karimi", PERSON, "Card", "Co", companyId, null, null, null, null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("releasedTo.companyNationalId", "legal-entity-id"));
    }

    @Test
    void aForeignNationalShowsAPassportOrResidenceCardAndItsCountryAndNoNationalId() {
        Recipient checked = RecipientRules.check(new Recipient(ReleaseKind.FOREIGN_NATIONAL, "Anna Schmidt", null, "Card", null, null,
                ForeignDocumentType.PASSPORT, "c01x00t47", "DE", null));
        assertThat(checked.documentNumber()).isEqualTo("C01X00T47");
        assertThat(checked.country()).isEqualTo("DE");
        assertThat(checked.nationalId()).isNull();

        assertThat(problems(new Recipient(ReleaseKind.FOREIGN_NATIONAL, "Anna Schmidt", PERSON, "Card", null, null, null, "AB", "XX", null)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("releasedToNationalId", "not-for-kind"),
                        org.assertj.core.groups.Tuple.tuple("releasedTo.documentType", "required"),
                        org.assertj.core.groups.Tuple.tuple("releasedTo.documentNumber", "document-number"),
                        org.assertj.core.groups.Tuple.tuple("releasedTo.country", "country"));
        assertThat(problems(new Recipient(ReleaseKind.FOREIGN_NATIONAL, "Ali", null, "Card", null, null, ForeignDocumentType.RESIDENCE_CARD,
                "R1234567", "IR", null))).extracting(FieldProblem::messageKey).containsExactly("country-not-iran");
        assertThat(problems(new Recipient(ReleaseKind.FOREIGN_NATIONAL, "Ali", null, "Card", null, null, ForeignDocumentType.PASSPORT,
                "P1234567", "de", null))).extracting(FieldProblem::messageKey).containsExactly("country");
    }

    @Test
    void anAttorneyShowsThePowerOfAttorneyAndTheirOwnId() {
        Recipient checked = RecipientRules.check(new Recipient(ReleaseKind.AGENT, "Hamid Rahimi", PERSON, "Card", null, null, null, null, null,
                "۱۴۰۳/۵۵-۷۸"));
        assertThat(checked.powerOfAttorneyNumber()).isEqualTo("1403/55-78");
        assertThat(problems(new Recipient(ReleaseKind.AGENT, "Hamid Rahimi", "0012345678", "Card", null, null, null, null, null, " ")))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("releasedToNationalId", "national-id"),
                        org.assertj.core.groups.Tuple.tuple("releasedTo.powerOfAttorneyNumber", "required"));
        assertThat(problems(new Recipient(ReleaseKind.AGENT, "Hamid Rahimi", PERSON, "Card", null, null, null, null, null, "12 34")))
                .extracting(FieldProblem::messageKey).containsExactly("power-of-attorney");
    }

    @Test
    void aDocumentOfAnotherKindIsRefusedNotKept() {
        assertThat(problems(new Recipient(ReleaseKind.OWNER, "Reza", PERSON, "Card", "Co", COMPANY, ForeignDocumentType.PASSPORT, "P1234567",
                "DE", "1403/55")))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("releasedTo.companyName", "releasedTo.companyNationalId", "releasedTo.documentType",
                        "releasedTo.documentNumber", "releasedTo.country", "releasedTo.powerOfAttorneyNumber");
        assertThat(problems(new Recipient(ReleaseKind.AGENT, "Hamid", PERSON, "Card", null, COMPANY, null, null, null, "1403/55")))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("releasedTo.companyNationalId", "not-for-kind"));
    }

    @RepeatedTest(100)
    void generatedIdsAreAcceptedWithTheirCheckDigitsAndRefusedWithAnyOther() {
        String nine = String.format("%09d", RANDOM.nextInt(1_000_000_000));
        String person = withNationalCheckDigit(nine);
        String ten = String.format("%010d", RANDOM.nextLong(10_000_000_000L));
        if (person.chars().distinct().count() == 1 || ten.substring(3, 9).equals("000000")) {
            return;
        }
        String company = ten + LegalEntityId.checkDigit(ten);
        Recipient valid = new Recipient(ReleaseKind.LEGAL_ENTITY, "Agent", person, "Card", "Co", company, null, null, null, null);
        assertThat(RecipientRules.check(valid).companyNationalId()).isEqualTo(company);

        String wrongCompany = ten + (LegalEntityId.checkDigit(ten) + 1 + RANDOM.nextInt(9)) % 10;
        String wrongPerson = nine + ((person.charAt(9) - '0') + 1 + RANDOM.nextInt(9)) % 10;
        assertThat(problems(new Recipient(ReleaseKind.LEGAL_ENTITY, "Agent", wrongPerson, "Card", "Co", wrongCompany, null, null, null, null)))
                .extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("national-id", "legal-entity-id");
    }

    @Test
    void nothingButAProblemIsThrown() {
        assertThatThrownBy(() -> RecipientRules.check(new Recipient(ReleaseKind.OWNER, "Reza", "x", "Card", null, null, null, null, null, null)))
                .isInstanceOf(ProblemException.class);
    }

    private static java.util.List<FieldProblem> problems(Recipient claimed) {
        ProblemException refused = catchThrowableOfType(() -> RecipientRules.check(claimed), ProblemException.class);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.type().status()).isEqualTo(422);
        return refused.fields();
    }

    private static String withNationalCheckDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return nine + (remainder < 2 ? remainder : 11 - remainder);
    }
}
