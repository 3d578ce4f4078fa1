package city.clearway.violation;

import city.clearway.common.CityTime;
import city.clearway.common.QueryParams;
import city.clearway.plate.SearchedPlate;
import city.clearway.reference.ViolationType;
import jakarta.ws.rs.QueryParam;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A violation search as a request asks for it, the same parameters for the API and the auditor's form, read in one
 * place. The two differ only in how they write the period: the API sends instants, {@code to} excluded; the form sends
 * days of the city, both included. {@link #instants()} and {@link #days(CityTime)} turn either into the one range a
 * {@link ViolationSearch} means: from its first instant up to, not including, its last.
 */
public record ViolationQuery(@QueryParam("plate") String plate, @QueryParam("districtCode") String districtCode,
                             @QueryParam("status") String status, @QueryParam("violationType") String violationType,
                             @QueryParam("inspector") String inspector, @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {

    /** What the search may run over: from {@code from} (included) to {@code to} (excluded); either may be open. */
    public record Period(Instant from, Instant to) {
    }

    /** The period as the API writes it. */
    public Period instants() {
        return new Period(QueryParams.instant("from", from), QueryParams.instant("to", to));
    }

    /** The period as the form writes it: the last day is included, so the period ends as the next day begins. */
    public Period days(CityTime city) {
        LocalDate first = QueryParams.day("from", from);
        LocalDate last = QueryParams.day("to", to);
        return new Period(first == null ? null : city.startOf(first), last == null ? null : city.startOf(last.plusDays(1)));
    }

    /** The page size asked for, {@code absent} when none was. */
    public int limit(int max, int absent) {
        return QueryParams.intInRange("limit", limit, 1, max, absent);
    }

    /** Where the page asked for starts; {@code null} for the first. */
    public ViolationCursor after() {
        return ViolationCursor.decode(cursor);
    }

    public ViolationSearch search(Period period, int pageSize, ViolationCursor start) {
        return new ViolationSearch(
                SearchedPlate.canonical(plate),
                QueryParams.text(districtCode),
                QueryParams.enumValue("status", status, ViolationStatus.class),
                QueryParams.enumValue("violationType", violationType, ViolationType.class),
                QueryParams.text(inspector),
                period.from(),
                period.to(),
                pageSize,
                start);
    }

    /** Whether any filter was given at all. */
    public boolean filtered() {
        return !filters().isEmpty();
    }

    /** The filters as a query string, without the page: to link the next page or the same search as CSV. */
    public String filters() {
        StringBuilder query = new StringBuilder();
        append(query, "plate", plate);
        append(query, "districtCode", districtCode);
        append(query, "status", status);
        append(query, "violationType", violationType);
        append(query, "inspector", inspector);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
