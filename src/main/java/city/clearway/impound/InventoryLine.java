package city.clearway.impound;

import city.clearway.violation.Violation;

/** One vehicle of the lot inventory as the clerk sees it: what is owed now, and whether a hold stops its release. */
public record InventoryLine(Impound impound, Violation violation, long balance, boolean onHold) {
}
