package city.clearway.fee;

/** The kinds of charge line in a quote. */
public enum FeeKind {
    FINE, TOW, STORAGE, VAT
}
