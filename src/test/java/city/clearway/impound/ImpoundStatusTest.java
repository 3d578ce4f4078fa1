package city.clearway.impound;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static city.clearway.impound.ImpoundStatus.DISPOSED;
import static city.clearway.impound.ImpoundStatus.IN_LOT;
import static city.clearway.impound.ImpoundStatus.RELEASED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** An impounded vehicle is in the lot until it leaves it, once: released, or disposed of. */
class ImpoundStatusTest {

    @Test
    void aVehicleInTheLotCanBeReleased() {
        assertThat(IN_LOT.canMoveTo(RELEASED)).isTrue();
        assertThat(IN_LOT.moveTo(RELEASED)).isEqualTo(RELEASED);
    }

    @Test
    void aVehicleInTheLotCanBeDisposedOf() {
        assertThat(IN_LOT.moveTo(DISPOSED)).isEqualTo(DISPOSED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "IN_LOT,   IN_LOT",
            "RELEASED, IN_LOT",
            "RELEASED, RELEASED",
            "RELEASED, DISPOSED",
            "DISPOSED, IN_LOT",
            "DISPOSED, RELEASED",
            "DISPOSED, DISPOSED",
    })
    void everyOtherMoveIsAnIllegalTransitionNamingBothStates(ImpoundStatus from, ImpoundStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> from.moveTo(to));

        assertThat(problem).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        assertThat(problem.args()).containsExactly(from.name(), to.name());
    }

    @Test
    void theTablesCoverEveryPairOfStates() {
        assertThat(ImpoundStatus.values()).containsExactly(IN_LOT, RELEASED, DISPOSED);
    }

    @Test
    void paymentsWaiversAndHoldsMayChangeAVehicleStillInTheLot() {
        assertThatCode(IN_LOT::requireInLot).doesNotThrowAnyException();
    }

    @Test
    void aReleasedImpoundIsClosedToPaymentsWaiversAndHolds() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, RELEASED::requireInLot);

        assertThat(problem).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        assertThat(problem.detailKey()).isEqualTo("impound-closed");
    }

    @Test
    void aDisposedImpoundIsClosedLikewise() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, DISPOSED::requireInLot);

        assertThat(problem).isNotNull();
        assertThat(problem.detailKey()).isEqualTo("impound-closed");
    }
}
