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
    DEBT_OVERRIDE_RECORDED,
    VEHICLE_RELEASED,
    INVENTORY_RECORDED,
    INTAKE_PHOTO_ADDED,
    DISTRICT_CHANGED,
    API_KEY_CREATED,
    API_KEY_REVOKED,
    COMPLAINT_RECEIVED,
    COMPLAINT_REPORT_JOINED,
    COMPLAINT_ROUTED,
    COMPLAINT_VIOLATION_LINKED,
    COMPLAINT_CLOSED,
    VEHICLE_DISPOSED,
    APPEAL_FILED,
    APPEAL_DECIDED,
    REFUND_RECORDED;

    /** The action stored under {@code name}, or {@code null} when no action of this version has that name. */
    public static AuditAction known(String name) {
        for (AuditAction action : values()) {
            if (action.name().equals(name)) {
                return action;
            }
        }
        return null;
    }
}
