package city.clearway.report;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.StandardTariff;
import city.clearway.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Ended days are summed once and read from their sums, showing what they showed while open, and opened again when changed. */
@QuarkusTest
class ReportDayClosingTest {

    @Inject
    EntityManager em;
    @Inject
    ReportDayClosing closing;

    private final TestClock clock = new TestClock();
    private ReportCity city;

    @BeforeEach
    void aQuietMonthYearsAhead() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        city = new ReportCity(clock);
    }

    @Test
    void aClosedDayShowsWhatItShowedWhileOpen() {
        Fixtures.register(city.inspectorNorth, city.north);
        String waiting = Fixtures.register(city.inspectorNorth, city.north).path("id");
        Api.as(Fixtures.supervisor()).header("If-Match", "\"0\"").body(Map.of("reason", "Wrong street"))
                .post("/api/v1/violations/{id}/cancel", waiting).then().statusCode(200);
        String settled = Fixtures.register(city.inspectorSouth, city.south).path("id");
        Api.as(city.inspectorSouth).body(Map.of("amount", StandardTariff.FINE_SIDEWALK, "method", "CASH"))
                .post("/api/v1/violations/{id}/settle", settled).then().statusCode(200);
        String waived = Fixtures.impounded(city.inspectorNorth, city.north, city.lot).path("id");
        String fast = Fixtures.impounded(city.inspectorNorth, city.north, city.lot).path("id");
        Fixtures.impounded(city.inspectorNorth, city.north, city.lot);  // still in the lot
        clock.advance(Duration.ofHours(3));
        Api.as(Fixtures.supervisor()).body(Map.of("amount", 100_000, "reason", "Late tow")).post("/api/v1/impounds/{id}/waivers", waived)
                .then().statusCode(201);
        city.payAndRelease(fast);
        clock.advance(Duration.ofHours(4));
        city.payAndRelease(waived);
        for (String groupBy : new String[] {"district", "month", "violationType"}) {
            Map<String, Object> open = city.figures(groupBy);
            assertThat(closedDays()).doesNotContain(city.firstDay);

            clock.advance(Duration.ofDays(2));  // the day has ended: its figures are summed once and read from the sums
            closing.closeDays();
            Map<String, Object> closed = city.figures(groupBy);
            assertThat(closedDays()).contains(city.firstDay);
            assertThat(closed).isEqualTo(open);
            clock.advance(Duration.ofDays(-2));
            QuarkusTransaction.requiringNew().run(() -> {  // and open again, for the next grouping
                em.createNativeQuery("DELETE FROM report_tally WHERE city_day >= ?1").setParameter(1, city.firstDay).executeUpdate();
                em.createNativeQuery("DELETE FROM report_day WHERE city_day >= ?1").setParameter(1, city.firstDay).executeUpdate();
            });
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) city.figures("district").get("totals");
        assertThat(totals).containsEntry("registered", 6).containsEntry("cancelled", 1).containsEntry("impounded", 3)
                .containsEntry("released", 2).containsEntry("settled", 1).containsEntry("waived", 100_000)
                .containsEntry("medianHoursImpoundToRelease", 5.0f);  // 3 and 7 hours
    }

    @Test
    void aChangeStampedInAClosedDayOpensItAgain() {
        Fixtures.register(city.inspectorNorth, city.north);
        clock.advance(Duration.ofDays(2));
        closing.closeDays();
        assertThat(city.registered()).isEqualTo(1);
        assertThat(closedDays()).contains(city.firstDay);

        clock.advance(Duration.ofDays(-2));  // the server's clock was set back
        Fixtures.register(city.inspectorNorth, city.north);
        assertThat(closedDays()).doesNotContain(city.firstDay);
        clock.advance(Duration.ofDays(2));
        closing.closeDays();
        assertThat(city.registered()).isEqualTo(2);
        assertThat(closedDays()).contains(city.firstDay);
    }

    @Test
    void aDayOpenedAgainBetweenClosedDaysIsCountedFromItsFacts() {
        for (int day = 0; day < 3; day++) {  // one registration on each of three days, then all three closed
            for (int i = 0; i <= day; i++) {
                Fixtures.register(city.inspectorNorth, city.north);
            }
            clock.advance(Duration.ofDays(1));
        }
        clock.advance(Duration.ofHours(12));  // the afternoon of the fourth day
        closing.closeDays();
        assertThat(closedDays(city.firstDay, city.firstDay.plusDays(4)))
                .containsExactly(city.firstDay, city.firstDay.plusDays(1), city.firstDay.plusDays(2));

        clock.advance(Duration.ofDays(-2));  // a registration stamped in the middle day opens it again
        Fixtures.register(city.inspectorNorth, city.north);
        clock.advance(Duration.ofDays(2));
        Fixtures.register(city.inspectorNorth, city.north);  // and one today, which is not closed either
        assertThat(closedDays(city.firstDay, city.firstDay.plusDays(4))).containsExactly(city.firstDay, city.firstDay.plusDays(2));

        int[] perDay = new int[5];
        for (int day = 0; day < perDay.length; day++) {
            perDay[day] = Api.as(city.auditor).queryParam("from", city.firstDay.plusDays(day).toString())
                    .queryParam("to", city.firstDay.plusDays(day).toString()).get("/api/v1/reports/summary")
                    .then().statusCode(200).extract().path("totals.registered");
        }
        assertThat(perDay).containsExactly(1, 3, 3, 1, 0);
        int whole = Api.as(city.auditor).queryParam("from", city.firstDay.minusDays(3).toString())
                .queryParam("to", city.firstDay.plusDays(30).toString()).get("/api/v1/reports/summary")
                .then().statusCode(200).extract().path("totals.registered");
        assertThat(whole).isEqualTo(8);
    }

    @Test
    void daysSummedInAnotherTimeZoneAreSummedAgain() {
        Fixtures.register(city.inspectorNorth, city.north);
        clock.advance(Duration.ofDays(2));
        closing.closeDays();
        assertThat(city.registered()).isEqualTo(1);
        // As if the city's time zone had been set to UTC when the day was closed: its sums are not the city's days.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("UPDATE report_day SET time_zone = 'UTC' WHERE city_day = ?1").setParameter(1, city.firstDay).executeUpdate();
            em.createNativeQuery("UPDATE report_tally SET registered = 40 WHERE city_day = ?1").setParameter(1, city.firstDay).executeUpdate();
        });
        assertThat(city.registered()).isEqualTo(1);
        assertThat(closedDays()).contains(city.firstDay);
    }

    private List<LocalDate> closedDays() {
        return closedDays(city.firstDay.minusDays(1), city.firstDay.plusDays(1));
    }

    private List<LocalDate> closedDays(LocalDate from, LocalDate to) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT city_day FROM report_day WHERE city_day BETWEEN ?1 AND ?2 ORDER BY city_day", LocalDate.class)
                .setParameter(1, from).setParameter(2, to).getResultList());
    }
}
