package city.clearway.violation;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that registers a violation, for whoever counts or follows violations; {@code complaintId}
 * names the citizen's complaint it answers, if the inspector gave one.
 */
public record ViolationRegistered(UUID violationId, Instant at, String districtCode, ViolationType violationType, UUID complaintId) {
}
