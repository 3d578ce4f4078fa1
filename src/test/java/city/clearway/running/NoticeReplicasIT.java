package city.clearway.running;

import city.clearway.running.PackagedService.District;
import city.clearway.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three packaged instances on one PostgreSQL, each sending the owner notices that fall due every second: every intake
 * notice is handed to a sender exactly once across the fleet, as the instances' logs show.
 */
class NoticeReplicasIT {

    private static final String ADMIN_PASSWORD = "notices-admin-password-1405";
    private static final District DISTRICT = new District("NTC01", "NTC-LOT", "ntc-inspector", "ntc-clerk");
    private static final Pattern SENT = Pattern.compile("Owner notice INTAKE due \\S+ for ticket (\\S+) ");

    @Test
    void threeInstancesSendEachIntakeNoticeOnce(@TempDir Path workDir) throws Exception {
        assumeTrue(PackagedService.postgresUrl().isPresent(), "several instances share one PostgreSQL; the embedded database is one instance's");
        PackagedService.emptyDatabase();
        List<PackagedService> replicas = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            replicas.add(new PackagedService(Files.createDirectories(workDir.resolve(name)), ADMIN_PASSWORD));
        }
        Map<String, String> everySecond = Map.of("CLEARWAY_NOTICE_SENDING_EVERY", "1s");
        try {
            replicas.get(0).start("service.log", everySecond);
            replicas.get(0).setUp(DISTRICT, ADMIN_PASSWORD);
            replicas.get(1).start("service.log", everySecond);
            replicas.get(2).start("service.log", everySecond);

            List<String> tickets = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                PackagedService through = replicas.get(i % replicas.size());
                String id = through.unchecked(DISTRICT.inspector(), District.PASSWORD)
                        .body(Fixtures.violationBody(DISTRICT.code(), Fixtures.plate().spelled())).post("/api/v1/violations")
                        .then().statusCode(201).extract().path("id");
                through.unchecked(DISTRICT.inspector(), District.PASSWORD).body(Map.of("lotCode", DISTRICT.lot()))
                        .post("/api/v1/violations/" + id + "/impound").then().statusCode(201);
                tickets.add(through.unchecked(DISTRICT.inspector(), District.PASSWORD).get("/api/v1/violations/" + id).path("ticketNumber"));
            }

            Instant deadline = Instant.now().plusSeconds(60);
            while (count("SELECT count(*) FROM owner_notice WHERE kind = 'INTAKE' AND sent_at IS NULL") > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertThat(count("SELECT count(*) FROM owner_notice WHERE kind = 'INTAKE' AND sent_at IS NOT NULL")).isEqualTo(tickets.size());

            List<String> sent = new ArrayList<>();
            for (PackagedService replica : replicas) {
                Matcher found = SENT.matcher(replica.log());
                while (found.find()) {
                    sent.add(found.group(1));
                }
            }
            assertThat(sent).containsExactlyInAnyOrderElementsOf(tickets);
        } finally {
            for (PackagedService replica : replicas) {
                replica.stop();
            }
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(PackagedService.postgresUrl().orElseThrow(), "postgres", "");
             Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
