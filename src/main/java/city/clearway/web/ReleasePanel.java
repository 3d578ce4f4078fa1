package city.clearway.web;

import city.clearway.impound.DebtOverride;
import city.clearway.impound.ForeignDocumentType;
import city.clearway.impound.ReleaseDtos.OtherDebtView;
import city.clearway.impound.RecipientRules;
import city.clearway.impound.ReleaseKind;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the impound page shows about releasing a vehicle beyond its fees: the kinds of recipient and their documents to
 * choose from, the other impounds of the plate that still owe, the supervisors' overrides, and whether this reader may
 * record one.
 */
public record ReleasePanel(List<ReleaseKind> kinds, List<ForeignDocumentType> documentTypes, List<Country> countries,
                           List<OtherDebtView> otherDebts, List<DebtOverride> overrides, boolean canOverride) {

    /** The countries by name in each language the pages speak, sorted once: they never change while the service runs. */
    private static final Map<Locale, List<Country>> COUNTRIES = new ConcurrentHashMap<>();

    static ReleasePanel of(Locale locale, List<OtherDebtView> otherDebts, List<DebtOverride> overrides, boolean canOverride) {
        return new ReleasePanel(Arrays.asList(ReleaseKind.values()), Arrays.asList(ForeignDocumentType.values()),
                COUNTRIES.computeIfAbsent(locale, ReleasePanel::countries), otherDebts, overrides, canOverride);
    }

    private static List<Country> countries(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return RecipientRules.FOREIGN_COUNTRIES.stream()
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, order))
                .toList();
    }

    /** The kinds that bring documents of their own, each with a part of the form: named here for the page's legends. */
    public ReleaseKind legalEntity() {
        return ReleaseKind.LEGAL_ENTITY;
    }

    public ReleaseKind foreignNational() {
        return ReleaseKind.FOREIGN_NATIONAL;
    }

    public ReleaseKind agent() {
        return ReleaseKind.AGENT;
    }

    /** An ISO 3166-1 alpha-2 code with its name in the reader's language. */
    public record Country(String code, String name) {
    }
}
