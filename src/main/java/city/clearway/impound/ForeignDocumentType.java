package city.clearway.impound;

/** What a foreign national shows in place of an Iranian national ID card. */
public enum ForeignDocumentType {
    PASSPORT, RESIDENCE_CARD
}
