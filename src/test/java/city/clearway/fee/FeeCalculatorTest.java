package city.clearway.fee;

import city.clearway.fee.FeeCalculator.ChargeLine;
import city.clearway.fee.FeeCalculator.Charges;
import city.clearway.fee.FeeCalculator.Fine;
import city.clearway.reference.VehicleClass;
import city.clearway.reference.ViolationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The fee rules of PRODUCT §5. Every expected amount below was worked out by hand. */
class FeeCalculatorTest {

    private static final Instant INTAKE = Instant.parse("2025-03-01T10:00:00Z");

    /** Version 1: car tow 3,500,000, car storage 500,000/day, motorcycle 1,000,000 / 200,000, grace 2 h, VAT 10%. */
    private static final TariffTerms V1 = new TariffTerms(1,
            Map.of(ViolationType.SIDEWALK_PARKING, 2_000_000L, ViolationType.CROSSWALK_BLOCKING, 3_000_000L),
            Map.of(VehicleClass.CAR, 3_500_000L, VehicleClass.MOTORCYCLE, 1_000_000L),
            Map.of(VehicleClass.CAR, 500_000L, VehicleClass.MOTORCYCLE, 200_000L),
            2, new BigDecimal("10"));

    /** Version 2: car tow 4,000,000, car storage 600,000/day, grace 1 h, VAT 9.5%. */
    private static final TariffTerms V2 = new TariffTerms(2,
            Map.of(ViolationType.SIDEWALK_PARKING, 2_500_000L, ViolationType.CROSSWALK_BLOCKING, 3_500_000L),
            Map.of(VehicleClass.CAR, 4_000_000L, VehicleClass.MOTORCYCLE, 1_200_000L),
            Map.of(VehicleClass.CAR, 600_000L, VehicleClass.MOTORCYCLE, 250_000L),
            1, new BigDecimal("9.5"));

    // ---- storage days ----

    static Stream<Arguments> storageCases() {
        Duration micro = Duration.ofNanos(1_000);
        return Stream.of(
                arguments("released at the moment of intake", Duration.ZERO, 2, 0),
                arguments("released within grace", Duration.ofHours(1), 2, 0),
                arguments("released one microsecond before grace ends", Duration.ofHours(2).minus(micro), 2, 0),
                arguments("released exactly at the end of grace", Duration.ofHours(2), 2, 0),
                arguments("released one microsecond after grace", Duration.ofHours(2).plus(micro), 2, 1),
                arguments("released one second after grace", Duration.ofHours(2).plusSeconds(1), 2, 1),
                arguments("released 12 h after grace", Duration.ofHours(14), 2, 1),
                arguments("released exactly 24 h after grace", Duration.ofHours(26), 2, 1),
                arguments("released 24 h and one microsecond after grace", Duration.ofHours(26).plus(micro), 2, 2),
                arguments("released exactly 48 h after grace", Duration.ofHours(50), 2, 2),
                arguments("released 48 h and one nanosecond after grace", Duration.ofHours(50).plusNanos(1), 2, 3),
                arguments("released exactly 30 days after grace", Duration.ofDays(30).plusHours(2), 2, 30),
                arguments("released before intake (clock skew)", Duration.ofHours(-5), 2, 0),
                arguments("released before intake with no grace", Duration.ofNanos(-1), 0, 0),
                arguments("no grace, released at intake", Duration.ZERO, 0, 0),
                arguments("no grace, released one nanosecond after intake", Duration.ofNanos(1), 0, 1),
                arguments("no grace, released exactly 24 h after intake", Duration.ofHours(24), 0, 1),
                arguments("no grace, released 24 h and one microsecond after intake", Duration.ofHours(24).plus(micro), 0, 2),
                arguments("no grace, released 72 h after intake", Duration.ofHours(72), 0, 3),
                arguments("grace of a day, released 47 h after intake", Duration.ofHours(47), 24, 1),
                arguments("grace of a day, released exactly 48 h after intake", Duration.ofHours(48), 24, 1),
                arguments("grace of a day, released 49 h after intake", Duration.ofHours(49), 24, 2));
    }

    @ParameterizedTest(name = "[{index}] {0}: grace {2} h -> {3} day(s)")
    @MethodSource("storageCases")
    void chargesStoragePerStartedDayAfterGrace(String situation, Duration stay, int graceHours, int expectedDays) {
        assertThat(FeeCalculator.storageDays(INTAKE, INTAKE.plus(stay), graceHours)).isEqualTo(expectedDays);
    }

    @Test
    void productExampleGraceTwoHoursIntakeAtTenReleaseTwoDaysLaterAtNoonIsTwoDays() {
        Instant intake = Instant.parse("2025-03-01T10:00:00Z");
        Instant release = Instant.parse("2025-03-03T12:00:00Z");

        assertThat(FeeCalculator.storageDays(intake, release, 2)).isEqualTo(2);
    }

    @Test
    void storageCountsElapsedTimeNotCalendarDays() {
        Instant lateEvening = Instant.parse("2025-03-01T23:00:00Z");
        Instant nextMorning = Instant.parse("2025-03-02T09:00:00Z");

        assertThat(FeeCalculator.storageDays(lateEvening, nextMorning, 0)).isEqualTo(1);
    }

    // ---- VAT ----

    @ParameterizedTest(name = "[{index}] {1}% of {0} = {2}")
    @CsvSource({
            // base,       percent, vat
            "0,            10,      0",
            "4,            10,      0",          // 0.4 rounds down
            "5,            10,      1",          // 0.5 rounds up (half-even would give 0)
            "14,           10,      1",          // 1.4
            "15,           10,      2",          // 1.5
            "25,           10,      3",          // 2.5 rounds up (half-even would give 2)
            "3500000,      10,      350000",
            "4500000,      10,      450000",
            "10,           9.5,     1",          // 0.95
            "100,          9.5,     10",         // 9.5 rounds up
            "1234567,      9.5,     117284",     // 117,283.865
            "5800000,      9.5,     551000",
            "200,          9.25,    19",         // 18.5 rounds up
            "1,            50,      1",          // 0.5
            "1,            49.99,   0",          // 0.4999
            "1000000,      0,       0",
            "999999999999, 10,      100000000000", // 99,999,999,999.9 rounds up
    })
    void vatIsAPercentOfTheBaseRoundedHalfUpToWholeRials(long base, BigDecimal percent, long expected) {
        assertThat(FeeCalculator.vat(base, percent)).isEqualTo(expected);
    }

    @Test
    void vatDoesNotDependOnHowThePercentIsWritten() {
        assertThat(FeeCalculator.vat(1_234_567, new BigDecimal("9.50"))).isEqualTo(117_284);
        assertThat(FeeCalculator.vat(5, new BigDecimal("10.000"))).isEqualTo(1);
    }

    // ---- charges ----

    @Test
    void aCarReleasedAfterTwoDaysPaysFineTowTwoStorageDaysAndVatOnTowAndStorage() {
        Charges charges = FeeCalculator.charges(new Fine(2_000_000, 1), V1, VehicleClass.CAR,
                INTAKE, INTAKE.plus(Duration.ofHours(50)));

        assertThat(charges.storageDays()).isEqualTo(2);
        assertThat(charges.lines()).containsExactly(
                new ChargeLine(FeeKind.FINE, 2_000_000, 1, 1, BigDecimal.valueOf(2_000_000)),
                new ChargeLine(FeeKind.TOW, 3_500_000, 1, 1, BigDecimal.valueOf(3_500_000)),
                new ChargeLine(FeeKind.STORAGE, 1_000_000, 1, 2, BigDecimal.valueOf(500_000)),
                new ChargeLine(FeeKind.VAT, 450_000, 1, 4_500_000, new BigDecimal("10")));
        assertThat(charges.total()).isEqualTo(6_950_000);
    }

    @Test
    void atIntakeACarOwesFineTowAndVatOnTheTowOnly() {
        Charges charges = FeeCalculator.charges(new Fine(2_000_000, 1), V1, VehicleClass.CAR, INTAKE, INTAKE);

        assertThat(charges.storageDays()).isZero();
        assertThat(line(charges, FeeKind.STORAGE).amount()).isZero();
        assertThat(line(charges, FeeKind.VAT).amount()).isEqualTo(350_000);
        assertThat(charges.total()).isEqualTo(5_850_000);
    }

    @Test
    void eachVehicleClassPaysItsOwnTowAndStoragePrices() {
        Charges charges = FeeCalculator.charges(new Fine(2_000_000, 1), V1, VehicleClass.MOTORCYCLE,
                INTAKE, INTAKE.plus(Duration.ofHours(30)));

        assertThat(charges.storageDays()).isEqualTo(2);
        assertThat(line(charges, FeeKind.TOW).amount()).isEqualTo(1_000_000);
        assertThat(line(charges, FeeKind.STORAGE).amount()).isEqualTo(400_000);
        assertThat(line(charges, FeeKind.VAT).amount()).isEqualTo(140_000);
        assertThat(charges.total()).isEqualTo(3_540_000);
    }

    @Test
    void vatIsNeverChargedOnTheFine() {
        Instant release = INTAKE.plus(Duration.ofHours(26));
        Charges noFine = FeeCalculator.charges(new Fine(0, 1), V1, VehicleClass.CAR, INTAKE, release);
        Charges bigFine = FeeCalculator.charges(new Fine(90_000_000, 1), V1, VehicleClass.CAR, INTAKE, release);

        assertThat(line(noFine, FeeKind.VAT).amount()).isEqualTo(400_000);
        assertThat(line(bigFine, FeeKind.VAT).amount()).isEqualTo(400_000);
        assertThat(line(bigFine, FeeKind.VAT).quantity()).isEqualTo(4_000_000);
        assertThat(bigFine.total()).isEqualTo(94_400_000);
    }

    @Test
    void vatOnTheChargesRoundsHalfUp() {
        TariffTerms oddPrices = new TariffTerms(7,
                Map.of(ViolationType.SIDEWALK_PARKING, 1_000L),
                Map.of(VehicleClass.CAR, 3L),
                Map.of(VehicleClass.CAR, 1L),
                0, new BigDecimal("10"));

        Charges charges = FeeCalculator.charges(new Fine(1_000, 7), oddPrices, VehicleClass.CAR,
                INTAKE, INTAKE.plus(Duration.ofHours(48)));

        // tow 3 + storage 2 x 1 = 5; 10% = 0.5, rounded up to 1
        assertThat(line(charges, FeeKind.VAT).amount()).isEqualTo(1);
        assertThat(charges.total()).isEqualTo(1_006);
    }

    @Test
    void eachImpoundIsChargedAtTheTariffVersionItStartedUnderWhileTheFineKeepsTheViolationsVersion() {
        Fine fineFixedUnderVersion1 = new Fine(2_000_000, 1);
        Instant secondIntake = Instant.parse("2025-06-01T08:00:00Z");

        Charges underV1 = FeeCalculator.charges(fineFixedUnderVersion1, V1, VehicleClass.CAR,
                INTAKE, INTAKE.plus(Duration.ofHours(50)));
        Charges underV2 = FeeCalculator.charges(fineFixedUnderVersion1, V2, VehicleClass.CAR,
                secondIntake, secondIntake.plus(Duration.ofHours(50)));

        // Version 1: 50 h - 2 h grace = 48 h = 2 days at 500,000; VAT 10% of 4,500,000
        assertThat(underV1.lines()).containsExactly(
                new ChargeLine(FeeKind.FINE, 2_000_000, 1, 1, BigDecimal.valueOf(2_000_000)),
                new ChargeLine(FeeKind.TOW, 3_500_000, 1, 1, BigDecimal.valueOf(3_500_000)),
                new ChargeLine(FeeKind.STORAGE, 1_000_000, 1, 2, BigDecimal.valueOf(500_000)),
                new ChargeLine(FeeKind.VAT, 450_000, 1, 4_500_000, new BigDecimal("10")));
        assertThat(underV1.total()).isEqualTo(6_950_000);

        // Version 2: 50 h - 1 h grace = 49 h = 3 started days at 600,000; VAT 9.5% of 5,800,000; fine still version 1
        assertThat(underV2.storageDays()).isEqualTo(3);
        assertThat(underV2.lines()).containsExactly(
                new ChargeLine(FeeKind.FINE, 2_000_000, 1, 1, BigDecimal.valueOf(2_000_000)),
                new ChargeLine(FeeKind.TOW, 4_000_000, 2, 1, BigDecimal.valueOf(4_000_000)),
                new ChargeLine(FeeKind.STORAGE, 1_800_000, 2, 3, BigDecimal.valueOf(600_000)),
                new ChargeLine(FeeKind.VAT, 551_000, 2, 5_800_000, new BigDecimal("9.5")));
        assertThat(underV2.total()).isEqualTo(8_351_000);
    }

    @Test
    void aVehicleClassTheTariffDoesNotPriceIsRefusedRatherThanChargedNothing() {
        assertThatThrownBy(() -> FeeCalculator.charges(new Fine(2_000_000, 1), V1, VehicleClass.HEAVY, INTAKE, INTAKE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HEAVY");
    }

    // ---- balance ----

    @ParameterizedTest(name = "[{index}] {0} - {1} - {2} = {3}")
    @CsvSource({
            "6950000, 0,       0,       6950000",
            "6950000, 6950000, 0,       0",
            "6950000, 4000000, 2950000, 0",
            "6950000, 1000000, 500000,  5450000",
    })
    void balanceIsChargesLessPaymentsAndWaivers(long charged, long paid, long waived, long expected) {
        assertThat(FeeCalculator.balance(charged, paid, waived)).isEqualTo(expected);
    }

    // ---- an overturned appeal ----

    @ParameterizedTest(name = "[{index}] paid {0}, refunded {1}: {2} due back")
    @CsvSource({
            "0,       0,       0",
            "1000000, 0,       1000000",
            "1000000, 400000,  600000",
            "1000000, 1000000, 0",
    })
    void whatWasPaidAndNotYetHandedBackIsDue(long paid, long refunded, long due) {
        assertThat(FeeCalculator.refundDue(paid, refunded)).isEqualTo(due);
    }

    @Test
    void aCancelledLineKeepsItsKindAndTariffButChargesNothing() {
        ChargeLine tow = new ChargeLine(FeeKind.TOW, 3_500_000, 4, 1, java.math.BigDecimal.valueOf(3_500_000));
        ChargeLine cancelled = FeeCalculator.cancelled(tow);
        assertThat(cancelled.kind()).isEqualTo(FeeKind.TOW);
        assertThat(cancelled.tariffVersion()).isEqualTo(4);
        assertThat(cancelled.amount()).isZero();
    }

    private static ChargeLine line(Charges charges, FeeKind kind) {
        return charges.lines().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }
}
