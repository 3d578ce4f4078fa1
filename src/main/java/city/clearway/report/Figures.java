package city.clearway.report;

import city.clearway.fee.FeeKind;

import java.util.EnumMap;
import java.util.Map;

/** The figures of one group of a report, or of its whole period ({@code key} and {@code label} then absent). */
public record Figures(String key, String label, long registered, long impounded, long released, long cancelled, long settled,
                      Map<FeeKind, Long> revenue, long waived, long received, Double medianHoursImpoundToRelease,
                      long disposed, Appeals appeals) {

    /** Appeals decided in the period by outcome, and the refunds handed back: how many, and how much (rials). */
    public record Appeals(long upheld, long overturned, long refunds, long refunded) {
    }

    static Figures of(String key, String label, Sums sums, Double medianStaySeconds) {
        Map<FeeKind, Long> revenue = new EnumMap<>(FeeKind.class);
        revenue.put(FeeKind.FINE, sums.fineRevenue());
        revenue.put(FeeKind.TOW, sums.towRevenue());
        revenue.put(FeeKind.STORAGE, sums.storageRevenue());
        revenue.put(FeeKind.VAT, sums.vatRevenue());
        Double hours = medianStaySeconds == null ? null : Math.round(medianStaySeconds / 36.0) / 100.0;
        return new Figures(key, label, sums.registered(), sums.impounded(), sums.released(), sums.cancelled(), sums.settled(), revenue,
                sums.waived(), sums.received(), hours,
                sums.disposed(),
                new Appeals(sums.appeals().upheld(), sums.appeals().overturned(), sums.appeals().refunds(), sums.appeals().refunded()));
    }
}
