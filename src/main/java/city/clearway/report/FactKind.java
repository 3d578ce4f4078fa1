package city.clearway.report;

/** What a report fact records: one event the reports count. */
public enum FactKind {
    REGISTERED, CANCELLED, SETTLED, IMPOUNDED, RELEASED, PAYMENT, WAIVER,
    APPEAL_UPHELD, APPEAL_OVERTURNED, REFUND
}
