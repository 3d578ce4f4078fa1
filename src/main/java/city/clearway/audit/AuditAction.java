package city.clearway.audit;

/** What an audit event says was done. Stored by name: a name, once written into the chain, never changes. */
public enum AuditAction {
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    DISTRICT_CREATED,
    LOT_CREATED,
    TARIFF_PUBLISHED,
    VIOLATION_REGISTERED,
    PHOTO_ADDED,
    VIOLATION_CANCELLED,
    VIOLATION_SETTLED,
    VEHICLE_IMPOUNDED,
    PAYMENT_TAKEN,
    WAIVER_GRANTED,
    HOLD_PLACED,
    HOLD_LIFTED,
    VEHICLE_RELEASED
}
