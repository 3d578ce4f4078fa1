package city.clearway.report;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports' facts of an installation that had cases before the facts existed (migration V7): every registration,
 * cancellation, intake, release, settlement, payment and waiver becomes a fact on its day in the city's time zone, with
 * its money and stay.
 */
class ReportFactsMigrationTest {

    private static final String URL = "jdbc:h2:mem:report-facts-migration;DB_CLOSE_DELAY=-1";

    @Test
    void casesBeforeTheFactsBecomeFactsOnTheirCityDay() throws SQLException {
        flyway("6").migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO district VALUES ('TBZ01', 'North', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            sql.execute("INSERT INTO impound_lot VALUES ('LOT-1', 'Lot', 'TBZ01', 'Street', 5, 0, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            sql.execute("INSERT INTO tariff VALUES (1, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 2, 10, "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 'admin')");
            // 22:00 UTC on 20 March is 01:30 on 21 March in Tehran; 19:00 UTC is still the 20th there.
            violation(sql, "11111111-1111-1111-1111-111111111111", "2026-03-20 22:00:00+00", null);
            violation(sql, "22222222-2222-2222-2222-222222222222", "2026-03-20 19:00:00+00", "2026-03-20 19:30:00+00");
            violation(sql, "33333333-3333-3333-3333-333333333333", "2026-03-20 19:00:00+00", null);
            sql.execute("INSERT INTO impound (id, violation_id, lot_code, tariff_version, status, impounded_at, intake_by, released_at, "
                    + "version, district_code, violation_type, fine_charged, tow_charged, storage_charged, vat_charged, stay_seconds) VALUES "
                    + "('44444444-4444-4444-4444-444444444444', '11111111-1111-1111-1111-111111111111', 'LOT-1', 1, 'RELEASED', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-20 23:00:00+00', 'clerk', TIMESTAMP WITH TIME ZONE '2026-03-21 04:00:00+00', 1, "
                    + "'TBZ01', 'SIDEWALK_PARKING', 2000000, 3500000, 0, 350000, 18000)");
            sql.execute("INSERT INTO payment (id, receipt_number, violation_id, impound_id, amount, method, received_at, received_by, "
                    + "district_code, violation_type) VALUES ('55555555-5555-5555-5555-555555555555', 'RCP-1', "
                    + "'11111111-1111-1111-1111-111111111111', '44444444-4444-4444-4444-444444444444', 5000000, 'CARD', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-21 03:00:00+00', 'clerk', 'TBZ01', 'SIDEWALK_PARKING'), "
                    + "('66666666-6666-6666-6666-666666666666', 'RCP-2', '33333333-3333-3333-3333-333333333333', NULL, 2000000, 'CASH', "
                    + "TIMESTAMP WITH TIME ZONE '2026-03-20 19:10:00+00', 'inspector', 'TBZ01', 'SIDEWALK_PARKING')");
            sql.execute("INSERT INTO waiver VALUES ('77777777-7777-7777-7777-777777777777', '44444444-4444-4444-4444-444444444444', "
                    + "850000, 'Late tow', TIMESTAMP WITH TIME ZONE '2026-03-21 03:30:00+00', 'supervisor')");
        }

        flyway("latest").migrate();

        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement();
             ResultSet facts = sql.executeQuery("SELECT kind, city_day, fine, tow, storage, vat, amount, stay_seconds FROM report_fact "
                     + "ORDER BY kind, city_day")) {
            List<String> rows = new ArrayList<>();
            while (facts.next()) {
                rows.add(facts.getString(1) + " " + facts.getString(2) + " " + facts.getLong(3) + "/" + facts.getLong(4) + "/"
                        + facts.getLong(5) + "/" + facts.getLong(6) + " " + facts.getLong(7) + " " + facts.getString(8));
            }
            assertThat(rows).containsExactly(
                    "CANCELLED 2026-03-20 0/0/0/0 0 null",
                    "IMPOUNDED 2026-03-21 0/0/0/0 0 null",
                    "PAYMENT 2026-03-20 0/0/0/0 2000000 null",
                    "PAYMENT 2026-03-21 0/0/0/0 5000000 null",
                    "REGISTERED 2026-03-20 0/0/0/0 0 null",
                    "REGISTERED 2026-03-20 0/0/0/0 0 null",
                    "REGISTERED 2026-03-21 0/0/0/0 0 null",
                    "RELEASED 2026-03-21 2000000/3500000/0/350000 0 18000",
                    "SETTLED 2026-03-20 2000000/0/0/0 0 null",
                    "WAIVER 2026-03-21 0/0/0/0 850000 null");
        }
    }

    private static void violation(Statement sql, String id, String registeredAt, String cancelledAt) throws SQLException {
        sql.execute("INSERT INTO violation (id, ticket_number, plate, vehicle_class, violation_type, district_code, lat, lon, observed_at, "
                + "status, registered_at, inspector, fine_tariff_version, fine_amount, submission_hash, version, cancelled_at) VALUES ('"
                + id + "', 'T-" + id.charAt(0) + "', '12ب345-67', 'CAR', 'SIDEWALK_PARKING', 'TBZ01', 38.0, 46.2, TIMESTAMP WITH TIME ZONE '"
                + registeredAt + "', 'REGISTERED', TIMESTAMP WITH TIME ZONE '" + registeredAt + "', 'inspector', 1, 2000000, 'h', 0, "
                + (cancelledAt == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '" + cancelledAt + "'") + ")");
    }

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(target)
                .placeholders(Map.of("cityZone", "Asia/Tehran")).load();
    }
}
