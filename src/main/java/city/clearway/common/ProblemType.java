package city.clearway.common;

/**
 * Every kind of problem Clearway answers with. The {@link #slug} is part of the stable {@code type} URI
 * that clients switch on; titles and details live in {@code messages/texts*.properties}.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request"),
    INVALID_PARAMETER(400, "invalid-parameter"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    OUTSIDE_SCOPE(403, "outside-your-scope"),
    PASSWORD_CHANGE_REQUIRED(403, "password-change-required"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    ALREADY_EXISTS(409, "already-exists"),
    ILLEGAL_TRANSITION(409, "illegal-transition"),
    LOT_FULL(409, "lot-full"),
    BALANCE_DUE(409, "balance-due"),
    ACTIVE_HOLD(409, "active-hold"),
    OTHER_DEBTS(409, "other-debts"),
    DISPOSAL_TOO_EARLY(409, "disposal-too-early"),
    FINAL_NOTICE_NOT_SENT(409, "final-notice-not-sent"),
    NO_TARIFF_IN_FORCE(409, "no-tariff-in-force"),
    ID_REUSED(409, "id-reused"),
    CONCURRENT_UPDATE(409, "concurrent-update"),
    REQUEST_IN_PROGRESS(409, "request-in-progress"),
    NO_REFUND_DUE(409, "no-refund-due"),
    STALE_VERSION(412, "stale-version"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    VALIDATION(422, "validation"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    IF_MATCH_REQUIRED(428, "if-match-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large"),
    INTERNAL(500, "internal");

    public static final String TYPE_PREFIX = "urn:clearway:problem:";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return TYPE_PREFIX + slug;
    }
}
