package city.clearway.impound;

import city.clearway.violation.Violation;

/**
 * An impound of the lot inventory with what its balance is made of: paid, waived, the charges kept at release, and
 * whether a hold stops its release. Read for a whole page at once (see {@link ImpoundRepository#inventory}).
 */
public record InventoryRow(Impound impound, Violation violation, long paid, long waived, long chargedAtRelease, boolean onHold) {
}
