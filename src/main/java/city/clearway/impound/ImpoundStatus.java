package city.clearway.impound;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;

/**
 * An impounded vehicle is in the lot until it leaves it, once: released to its owner, or disposed of (auctioned,
 * scrapped or transferred) when it stayed unclaimed.
 */
public enum ImpoundStatus {
    IN_LOT, RELEASED, DISPOSED;

    public boolean canMoveTo(ImpoundStatus target) {
        return this == IN_LOT && target != IN_LOT;
    }

    public ImpoundStatus moveTo(ImpoundStatus target) {
        if (!canMoveTo(target)) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "impound-transition", name(), target.name());
        }
        return target;
    }

    /** Payments, waivers and holds only change a vehicle still in the lot. */
    public void requireInLot() {
        if (this != IN_LOT) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "impound-closed", name());
        }
    }
}
