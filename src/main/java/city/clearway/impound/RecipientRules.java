package city.clearway.impound;

import city.clearway.common.Digits;
import city.clearway.common.ProblemException;
import city.clearway.common.ProblemException.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What each kind of recipient must show before a vehicle is handed over (PRODUCT §9), checked all at once so that the
 * clerk learns every missing or wrong document in one answer. A document that belongs to another kind is refused rather
 * than kept: the slip must say exactly what was shown.
 */
public final class RecipientRules {

    static final String NATIONAL_ID = "releasedToNationalId";
    static final String PREFIX = "releasedTo.";
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern POWER_OF_ATTORNEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,29}");
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    private static final String IRAN = "IR";

    /** The countries whose passport or residence card a foreign national may show: every ISO country but Iran. */
    public static final List<String> FOREIGN_COUNTRIES = COUNTRIES.stream().filter(code -> !IRAN.equals(code)).sorted().toList();

    private RecipientRules() {
    }

    /** The recipient with its kind (OWNER when none was named) and its IDs in Latin digits; a {@code 422} naming each failing field. */
    public static Recipient check(Recipient claimed) {
        ReleaseKind kind = claimed.kind() == null ? ReleaseKind.OWNER : claimed.kind();
        List<FieldProblem> problems = new ArrayList<>();
        String nationalId = null;
        if (kind == ReleaseKind.FOREIGN_NATIONAL) {
            absent(claimed.nationalId(), NATIONAL_ID, kind, problems);
        } else {
            nationalId = required(claimed.nationalId(), NATIONAL_ID, problems) ? NationalId.normalise(claimed.nationalId()) : null;
            if (claimed.nationalId() != null && nationalId == null) {
                problems.add(new FieldProblem(NATIONAL_ID, "national-id"));
            }
        }
        String companyName = text(claimed.companyName());
        String companyNationalId = null;
        if (kind == ReleaseKind.LEGAL_ENTITY) {
            required(companyName, PREFIX + "companyName", problems);
            if (required(claimed.companyNationalId(), PREFIX + "companyNationalId", problems)) {
                companyNationalId = LegalEntityId.normalise(claimed.companyNationalId());
                if (companyNationalId == null) {
                    problems.add(new FieldProblem(PREFIX + "companyNationalId", "legal-entity-id"));
                }
            }
        } else {
            absent(claimed.companyName(), PREFIX + "companyName", kind, problems);
            absent(claimed.companyNationalId(), PREFIX + "companyNationalId", kind, problems);
        }
        String documentNumber = null;
        String country = null;
        if (kind == ReleaseKind.FOREIGN_NATIONAL) {
            required(claimed.documentType(), PREFIX + "documentType", problems);
            if (required(claimed.documentNumber(), PREFIX + "documentNumber", problems)) {
                documentNumber = Digits.toLatin(claimed.documentNumber()).toUpperCase(Locale.ROOT);
                if (!DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
                    problems.add(new FieldProblem(PREFIX + "documentNumber", "document-number"));
                }
            }
            if (required(claimed.country(), PREFIX + "country", problems)) {
                country = claimed.country();
                if (!COUNTRIES.contains(country)) {
                    problems.add(new FieldProblem(PREFIX + "country", "country"));
                } else if (IRAN.equals(country)) {
                    problems.add(new FieldProblem(PREFIX + "country", "country-not-iran"));
                }
            }
        } else {
            absent(claimed.documentType(), PREFIX + "documentType", kind, problems);
            absent(claimed.documentNumber(), PREFIX + "documentNumber", kind, problems);
            absent(claimed.country(), PREFIX + "country", kind, problems);
        }
        String powerOfAttorney = null;
        if (kind == ReleaseKind.AGENT) {
            if (required(claimed.powerOfAttorneyNumber(), PREFIX + "powerOfAttorneyNumber", problems)) {
                powerOfAttorney = Digits.toLatin(claimed.powerOfAttorneyNumber());
                if (!POWER_OF_ATTORNEY.matcher(powerOfAttorney).matches()) {
                    problems.add(new FieldProblem(PREFIX + "powerOfAttorneyNumber", "power-of-attorney"));
                }
            }
        } else {
            absent(claimed.powerOfAttorneyNumber(), PREFIX + "powerOfAttorneyNumber", kind, problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new Recipient(kind, claimed.name(), nationalId, claimed.ownershipDocument(), companyName, companyNationalId,
                claimed.documentType(), documentNumber, country, powerOfAttorney);
    }

    private static boolean required(Object value, String field, List<FieldProblem> problems) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return false;
        }
        return true;
    }

    private static void absent(Object value, String field, ReleaseKind kind, List<FieldProblem> problems) {
        if (value != null) {
            problems.add(new FieldProblem(field, "not-for-kind", kind.name()));
        }
    }

    private static String text(String value) {
        return value == null ? null : value.strip();
    }
}
