package city.clearway.audit;

/** The kind of thing an audit event is about. Stored by name, like {@link AuditAction}. */
public enum AuditEntity {
    USER,
    DISTRICT,
    LOT,
    TARIFF,
    VIOLATION,
    IMPOUND,
    API_KEY,
    COMPLAINT
}
