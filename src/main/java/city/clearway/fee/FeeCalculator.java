package city.clearway.fee;

import city.clearway.reference.VehicleClass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fee rules of PRODUCT §5, with no framework around them.
 *
 * <ul>
 *   <li>Storage is charged per started 24-hour period after the grace hours, from intake to release (or the
 *       quoted time). Exactly at the end of grace nothing is due; any moment later, one day.</li>
 *   <li>VAT applies to tow and storage, never to the fine, and rounds half-up to whole rials.</li>
 *   <li>The fine keeps the tariff version of the violation; tow, storage and VAT the version the impound started under.</li>
 * </ul>
 */
public final class FeeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeCalculator() {
    }

    /** A fine fixed when the violation was registered. */
    public record Fine(long amount, int tariffVersion) {
    }

    /** One line of a quote. {@code quantity} and {@code rate} explain it: storage days and the daily price, VAT base and percent. */
    public record ChargeLine(FeeKind kind, long amount, int tariffVersion, long quantity, BigDecimal rate) {
    }

    public record Charges(List<ChargeLine> lines, int storageDays, long total) {
    }

    /** Everything charged for an impound from {@code impoundedAt} until {@code until}. */
    public static Charges charges(Fine fine, TariffTerms impoundTariff, VehicleClass vehicleClass, Instant impoundedAt, Instant until) {
        int days = storageDays(impoundedAt, until, impoundTariff.storageGraceHours());
        long perDay = impoundTariff.storagePerDay(vehicleClass);
        long tow = impoundTariff.towFee(vehicleClass);
        long storage = Math.multiplyExact(days, perDay);
        long vatBase = Math.addExact(tow, storage);
        long vat = vat(vatBase, impoundTariff.vatPercent());
        int version = impoundTariff.version();
        List<ChargeLine> lines = List.of(
                new ChargeLine(FeeKind.FINE, fine.amount(), fine.tariffVersion(), 1, BigDecimal.valueOf(fine.amount())),
                new ChargeLine(FeeKind.TOW, tow, version, 1, BigDecimal.valueOf(tow)),
                new ChargeLine(FeeKind.STORAGE, storage, version, days, BigDecimal.valueOf(perDay)),
                new ChargeLine(FeeKind.VAT, vat, version, vatBase, impoundTariff.vatPercent()));
        long total = lines.stream().mapToLong(ChargeLine::amount).reduce(0, Math::addExact);
        return new Charges(lines, days, total);
    }

    /** Started 24-hour periods after the grace hours; none before intake or within grace. */
    public static int storageDays(Instant impoundedAt, Instant until, int graceHours) {
        Duration chargeable = Duration.between(impoundedAt, until).minusHours(graceHours);
        if (chargeable.isNegative() || chargeable.isZero()) {
            return 0;
        }
        long fullDays = chargeable.toDays();
        Duration rest = chargeable.minusDays(fullDays);
        boolean startedAnother = !rest.isZero() && !rest.isNegative();
        return Math.toIntExact(startedAnother ? fullDays + 1 : fullDays);
    }

    /** {@code percent} of {@code base}, rounded half-up to whole rials. */
    public static long vat(long base, BigDecimal percent) {
        return BigDecimal.valueOf(base).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A line an overturned appeal cancelled: its kind and tariff kept, nothing charged. */
    public static ChargeLine cancelled(ChargeLine line) {
        return new ChargeLine(line.kind(), 0, line.tariffVersion(), 0, line.rate());
    }

    /** What is owed back once an appeal overturned the violation: all that was paid, less what was already handed back. */
    public static long refundDue(long paid, long refunded) {
        return Math.max(0, Math.subtractExact(paid, refunded));
    }

    /** What is still owed: never below zero, since payments and waivers never exceed the balance. */
    public static long balance(long charged, long paid, long waived) {
        return Math.subtractExact(charged, Math.addExact(paid, waived));
    }
}
