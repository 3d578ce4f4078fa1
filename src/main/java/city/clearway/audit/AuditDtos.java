package city.clearway.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What crosses the wire for the audit log. */
public final class AuditDtos {

    private AuditDtos() {
    }

    public record AuditEventView(Long sequence, OffsetDateTime at, String actor, String action, String entityType,
                                 String entityId, JsonNode data) {
    }

    public record HistoryView(UUID violationId, UUID impoundId, List<AuditEventView> events) {
    }

    public record VerificationView(boolean valid, long length, Long firstBrokenSequence, OffsetDateTime checkedAt) {
    }
}
