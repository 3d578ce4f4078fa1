package city.clearway.violation;

import java.util.UUID;

/**
 * A violation was registered, answering the citizen's complaint {@code complaintId} when the inspector named one.
 * Published inside the registration's transaction: an observer that refuses it refuses the registration.
 */
public record ViolationRegistered(UUID violationId, String districtCode, UUID complaintId) {
}
