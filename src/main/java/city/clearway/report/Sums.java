package city.clearway.report;

/** The figures that add up across days and groups: counts, and money in rials. The median stay does not; see {@link Figures}. */
record Sums(long registered, long impounded, long released, long cancelled, long settled, long fineRevenue, long towRevenue,
            long storageRevenue, long vatRevenue, long waived, long received,
            long disposed, Appeals appeals) {

    static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, Appeals.NONE);

    /** Appeals decided, by outcome, and refunds handed back (count and rials). */
    record Appeals(long upheld, long overturned, long refunds, long refunded) {

        static final Appeals NONE = new Appeals(0, 0, 0, 0);

        Appeals plus(Appeals other) {
            return new Appeals(upheld + other.upheld, overturned + other.overturned, refunds + other.refunds, refunded + other.refunded);
        }
    }

    Sums plus(Sums other) {
        return new Sums(registered + other.registered, impounded + other.impounded, released + other.released,
                cancelled + other.cancelled, settled + other.settled, fineRevenue + other.fineRevenue, towRevenue + other.towRevenue,
                storageRevenue + other.storageRevenue, vatRevenue + other.vatRevenue, waived + other.waived, received + other.received,
                disposed + other.disposed, appeals.plus(other.appeals));
    }
}
