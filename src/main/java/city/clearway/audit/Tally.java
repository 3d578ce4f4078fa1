package city.clearway.audit;

import city.clearway.audit.ReportService.Figures;
import city.clearway.fee.FeeKind;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Running figures of one report group, of one closed day's district and violation type, or of a whole period. Figures
 * add up across tallies; the median stay does not, so a tally keeps every stay and takes the middle at the end.
 */
final class Tally {
    long registered;
    long impounded;
    long released;
    long cancelled;
    long settled;
    long waived;
    long received;
    final Map<FeeKind, Long> revenue = new EnumMap<>(FeeKind.class);
    private long[] stays = new long[0];
    private int stayCount;

    void earned(FeeKind kind, long amount) {
        revenue.merge(kind, amount, Long::sum);
    }

    long revenue(FeeKind kind) {
        return revenue.getOrDefault(kind, 0L);
    }

    /** One impound released after {@code seconds} in the lot. */
    void stayed(long seconds) {
        if (stayCount == stays.length) {
            stays = Arrays.copyOf(stays, Math.max(16, stayCount * 2));
        }
        stays[stayCount++] = seconds;
    }

    void add(Tally other) {
        registered += other.registered;
        impounded += other.impounded;
        released += other.released;
        cancelled += other.cancelled;
        settled += other.settled;
        waived += other.waived;
        received += other.received;
        other.revenue.forEach(this::earned);
        for (int i = 0; i < other.stayCount; i++) {
            stayed(other.stays[i]);
        }
    }

    /** The stays in ascending order, as the day's row keeps them: {@code 7200,18000,108000}. */
    String staysText() {
        long[] sorted = sortedStays();
        StringBuilder text = new StringBuilder();
        for (long stay : sorted) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(stay);
        }
        return text.toString();
    }

    void stayedAll(String staysText) {
        int start = 0;
        while (start < staysText.length()) {
            int comma = staysText.indexOf(',', start);
            int end = comma < 0 ? staysText.length() : comma;
            stayed(Long.parseLong(staysText, start, end, 10));
            start = end + 1;
        }
    }

    /** The middle stay in seconds (the middle two averaged), or null when nothing was released. */
    Double medianStaySeconds() {
        if (stayCount == 0) {
            return null;
        }
        long[] sorted = sortedStays();
        int middle = stayCount / 2;
        return stayCount % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    Figures figures(String key, String label) {
        Map<FeeKind, Long> byKind = new EnumMap<>(FeeKind.class);
        for (FeeKind kind : FeeKind.values()) {
            byKind.put(kind, revenue(kind));
        }
        Double median = medianStaySeconds();
        Double medianHours = median == null ? null : Math.round(median / 36.0) / 100.0;
        return new Figures(key, label, registered, impounded, released, cancelled, settled, byKind, waived, received, medianHours);
    }

    private long[] sortedStays() {
        long[] sorted = Arrays.copyOf(stays, stayCount);
        Arrays.sort(sorted);
        return sorted;
    }
}
