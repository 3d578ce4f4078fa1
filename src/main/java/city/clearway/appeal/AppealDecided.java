package city.clearway.appeal;

import city.clearway.reference.ViolationType;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that decides an appeal. When it overturned a violation whose money had already been
 * counted as earned (a fine paid on the spot, a vehicle released), {@code fine}, {@code tow}, {@code storage} and
 * {@code vat} are what that revenue no longer is (in rials); otherwise zero.
 */
public record AppealDecided(UUID appealId, UUID violationId, Instant at, String districtCode, ViolationType violationType,
                            AppealOutcome outcome, long fine, long tow, long storage, long vat) {
}
