package city.clearway.audit;

import city.clearway.fee.FeeKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The events a report counts, read from their own tables: each kind by the time it happened, within a stretch of time
 * {@code [start, end)}, summed per key. A key is made of columns of the row (its district, its violation type) and of
 * the span of time its event falls in (a month or a day of the city), which the query works out from the spans'
 * boundaries; so the count takes the same seven queries however long the stretch and however it is split.
 */
final class ReportEvents {

    /**
     * One part of a key: a column of the row, or the span its event time falls in. Span {@code i} runs from
     * {@code starts[i]} to {@code starts[i + 1]} (the last one to the end of the stretch) and is named {@code names[i]}.
     */
    record KeyPart(String column, List<Instant> starts, List<String> names) {

        static KeyPart column(String column) {
            return new KeyPart(column, List.of(), List.of());
        }

        static KeyPart spans(List<Instant> starts, List<String> names) {
            return new KeyPart(null, List.copyOf(starts), List.copyOf(names));
        }

        String expression(int part, String alias, String time) {
            if (column != null) {
                return alias + "." + column;
            }
            if (starts.size() == 1) {  // a constant would do, but PostgreSQL refuses to group by one
                return "case when " + time + " >= :span" + part + "_0 then '" + names.get(0) + "' end";
            }
            // Before the second span's start: the first; before the third's: the second; ... else the last.
            StringBuilder span = new StringBuilder("case");
            for (int i = 1; i < starts.size(); i++) {
                span.append(" when ").append(time).append(" < :span").append(part).append('_').append(i)
                        .append(" then '").append(names.get(i - 1)).append('\'');
            }
            return span.append(" else '").append(names.get(names.size() - 1)).append("' end").toString();
        }

        void bind(int part, TypedQuery<?> query) {
            for (int i = starts.size() == 1 ? 0 : 1; i < starts.size(); i++) {
                query.setParameter("span" + part + "_" + i, starts.get(i));
            }
        }
    }

    private final EntityManager em;
    private final Instant start;
    private final Instant end;
    private final List<KeyPart> key;
    private final Map<List<String>, Tally> tallies = new LinkedHashMap<>();

    private ReportEvents(EntityManager em, Instant start, Instant end, List<KeyPart> key) {
        this.em = em;
        this.start = start;
        this.end = end;
        this.key = key;
    }

    /** The figures of each key that has any, in no particular order. */
    static Map<List<String>, Tally> count(EntityManager em, Instant start, Instant end, List<KeyPart> key) {
        return new ReportEvents(em, start, end, key).count();
    }

    private Map<List<String>, Tally> count() {
        sums("v", "v.registeredAt", "count(*)", "Violation v", (t, row) -> t.registered += number(row[0]));
        sums("v", "v.cancelledAt", "count(*)", "Violation v", (t, row) -> t.cancelled += number(row[0]));
        sums("i", "i.impoundedAt", "count(*)", "Impound i", (t, row) -> t.impounded += number(row[0]));
        sums("i", "i.releasedAt", "count(*), sum(i.fineCharged), sum(i.towCharged), sum(i.storageCharged), sum(i.vatCharged)",
                "Impound i", (t, row) -> {
                    t.released += number(row[0]);
                    t.earned(FeeKind.FINE, number(row[1]));
                    t.earned(FeeKind.TOW, number(row[2]));
                    t.earned(FeeKind.STORAGE, number(row[3]));
                    t.earned(FeeKind.VAT, number(row[4]));
                });
        rows("i", "i.releasedAt", "i.staySeconds", "Impound i", (t, row) -> t.stayed(number(row[0])));
        sums("p", "p.receivedAt",
                "sum(case when p.impoundId is null then 1 else 0 end), sum(case when p.impoundId is null then p.amount else 0 end), sum(p.amount)",
                "Payment p", (t, row) -> {
                    t.settled += number(row[0]);
                    t.earned(FeeKind.FINE, number(row[1]));
                    t.received += number(row[2]);
                });
        sums("i", "w.grantedAt", "sum(w.amount)", "Waiver w join Impound i on w.impoundId = i.id", (t, row) -> t.waived += number(row[0]));
        return tallies;
    }

    /** {@code select <key> as k0, ..., sums from ... where start <= time < end group by k0, ...}. */
    private void sums(String alias, String time, String columns, String from, BiConsumer<Tally, Object[]> apply) {
        read(alias, time, columns, from, true, apply);
    }

    /** {@code select <key> as k0, ..., columns from ... where start <= time < end}: a row per event. */
    private void rows(String alias, String time, String columns, String from, BiConsumer<Tally, Object[]> apply) {
        read(alias, time, columns, from, false, apply);
    }

    /** Each row's columns (after its key) go to its key's tally. */
    private void read(String alias, String time, String columns, String from, boolean grouped, BiConsumer<Tally, Object[]> apply) {
        List<String> keys = new ArrayList<>();
        StringBuilder select = new StringBuilder("select ");
        for (int part = 0; part < key.size(); part++) {
            keys.add("k" + part);
            select.append(key.get(part).expression(part, alias, time)).append(" as k").append(part).append(", ");
        }
        String hql = select + columns + " from " + from + " where " + time + " >= :from and " + time + " < :to"
                + (grouped ? " group by " + String.join(", ", keys) : "");
        TypedQuery<Object[]> query = em.createQuery(hql, Object[].class).setParameter("from", start).setParameter("to", end);
        for (int part = 0; part < key.size(); part++) {
            key.get(part).bind(part, query);
        }
        int width = key.size();
        query.getResultStream().forEach(row -> {
            List<String> rowKey = new ArrayList<>(width);
            for (int part = 0; part < width; part++) {
                rowKey.add(row[part] instanceof Enum<?> e ? e.name() : String.valueOf(row[part]));
            }
            Object[] figures = new Object[row.length - width];
            System.arraycopy(row, width, figures, 0, figures.length);
            apply.accept(tallies.computeIfAbsent(rowKey, k -> new Tally()), figures);
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
