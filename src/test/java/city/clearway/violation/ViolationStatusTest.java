package city.clearway.violation;

import city.clearway.common.ProblemException;
import city.clearway.common.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static city.clearway.violation.ViolationStatus.CANCELLED;
import static city.clearway.violation.ViolationStatus.IMPOUNDED;
import static city.clearway.violation.ViolationStatus.REGISTERED;
import static city.clearway.violation.ViolationStatus.RELEASED;
import static city.clearway.violation.ViolationStatus.SETTLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** PRODUCT §3: a registered violation is impounded, settled on scene or cancelled; an impounded one is released; nothing else. */
class ViolationStatusTest {

    private static final Set<String> ALLOWED = Set.of(
            "REGISTERED->IMPOUNDED",
            "REGISTERED->SETTLED",
            "REGISTERED->CANCELLED",
            "IMPOUNDED->RELEASED");

    static Stream<Arguments> allowedMoves() {
        return everyPair().filter(ViolationStatusTest::allowed);
    }

    static Stream<Arguments> forbiddenMoves() {
        return everyPair().filter(pair -> !allowed(pair));
    }

    private static Stream<Arguments> everyPair() {
        return Arrays.stream(ViolationStatus.values())
                .flatMap(from -> Arrays.stream(ViolationStatus.values()).map(to -> arguments(from, to)));
    }

    private static boolean allowed(Arguments pair) {
        return ALLOWED.contains(pair.get()[0] + "->" + pair.get()[1]);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedMoves")
    void allowedMovesReachTheTarget(ViolationStatus from, ViolationStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
        assertThat(from.moveTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("forbiddenMoves")
    void forbiddenMovesAreAnIllegalTransitionNamingBothStates(ViolationStatus from, ViolationStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();

        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> from.moveTo(to));

        assertThat(problem).isNotNull();
        assertThat(problem.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
        assertThat(problem.type().status()).isEqualTo(409);
        assertThat(problem.args()).containsExactly(from.name(), to.name());
    }

    @Test
    void theTableCoversEveryPairOfStates() {
        assertThat(allowedMoves().count() + forbiddenMoves().count()).isEqualTo(25);
        assertThat(allowedMoves().count()).isEqualTo(4);
    }

    @Test
    void releasedSettledAndCancelledAreFinal() {
        for (ViolationStatus last : new ViolationStatus[] {RELEASED, SETTLED, CANCELLED}) {
            assertThat(ViolationStatus.values()).noneMatch(last::canMoveTo);
        }
    }

    @Test
    void anImpoundedViolationCanNoLongerBeSettledOrCancelled() {
        assertThat(IMPOUNDED.canMoveTo(SETTLED)).isFalse();
        assertThat(IMPOUNDED.canMoveTo(CANCELLED)).isFalse();
        assertThat(REGISTERED.canMoveTo(RELEASED)).isFalse();
    }
}
