package city.clearway.report;

/** What a report fact records: one event the reports count. */
public enum FactKind {
    REGISTERED, CANCELLED, SETTLED, IMPOUNDED, RELEASED, PAYMENT, WAIVER,
    DISPOSED, APPEAL_UPHELD, APPEAL_OVERTURNED, REFUND
}
