package city.clearway.violation;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;

/**
 * The lifecycle of a violation (PRODUCT §3):
 * <pre>
 * REGISTERED ──impound──▶ IMPOUNDED ──release──▶ RELEASED
 *     ├──settle on scene──▶ SETTLED
 *     └──cancel──▶ CANCELLED
 * </pre>
 */
public enum ViolationStatus {
    REGISTERED, IMPOUNDED, RELEASED, SETTLED, CANCELLED;

    public boolean canMoveTo(ViolationStatus target) {
        return switch (this) {
            case REGISTERED -> target == IMPOUNDED || target == SETTLED || target == CANCELLED;
            case IMPOUNDED -> target == RELEASED;
            case RELEASED, SETTLED, CANCELLED -> false;
        };
    }

    /** The target state, or a {@code 409} naming both states when the move is not allowed. */
    public ViolationStatus moveTo(ViolationStatus target) {
        if (!canMoveTo(target)) {
            throw ProblemException.withDetail(ProblemType.ILLEGAL_TRANSITION, "violation-transition", name(), target.name());
        }
        return target;
    }
}
