package city.clearway.fee;

import city.clearway.fee.FeeCalculator.ChargeLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an impound costs at a moment: the charge lines, what was paid and waived, and what is left. Once an appeal
 * overturned the violation every line is cancelled (zero), nothing is owed, and what was paid and not yet handed back
 * is {@code refundDue}.
 */
public record Quote(UUID impoundId, List<ChargeLine> lines, int storageDays, long charged, long paid, long waived,
                    long balance, Instant asOf,
                    boolean cancelledOnAppeal, long refunded, long refundDue) {

    /** The sum of the lines of one kind. */
    public long charged(FeeKind kind) {
        return lines.stream().filter(line -> line.kind() == kind).mapToLong(ChargeLine::amount).sum();
    }
}
