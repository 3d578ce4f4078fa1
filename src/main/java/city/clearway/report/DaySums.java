package city.clearway.report;

import city.clearway.reference.ViolationType;

import java.time.LocalDate;

/** The sums of one day of the city, for one district and violation type: a closed day's tally, or an open day's facts. */
record DaySums(LocalDate day, String districtCode, ViolationType violationType, Sums sums) {

    /** As a query selects it ({@code select new DaySums(...)}), figure by figure. */
    DaySums(LocalDate day, String districtCode, ViolationType violationType, long registered, long impounded, long released,
            long cancelled, long settled, long fineRevenue, long towRevenue, long storageRevenue, long vatRevenue, long waived,
            long received,
            long disposed, long appealsUpheld, long appealsOverturned, long refunds, long refunded) {
        this(day, districtCode, violationType, new Sums(registered, impounded, released, cancelled, settled, fineRevenue, towRevenue,
                storageRevenue, vatRevenue, waived, received,
                disposed, new Sums.Appeals(appealsUpheld, appealsOverturned, refunds, refunded)));
    }
}
