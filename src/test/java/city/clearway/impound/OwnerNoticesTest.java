package city.clearway.impound;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.NationalIds;
import city.clearway.support.Parallel;
import city.clearway.support.TestClock;
import city.clearway.support.Unclaimed;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner notices of an impound: written at intake, sent as they fall due, each once, and none after the car left. */
@QuarkusTest
class OwnerNoticesTest {

    private final TestClock clock = new TestClock();
    private final RecordingNoticeSender gateway = new RecordingNoticeSender();
    private String district;
    private String lot;
    private String inspector;
    private String clerk;

    @BeforeEach
    void aLotWithAGateway() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        QuarkusMock.installMockForType(gateway, NoticeSender.class);
        district = Fixtures.district();
        lot = Fixtures.lot(district, 30);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        Fixtures.tariffInForce();
    }

    @Test
    void eachNoticeFallsDueOnItsDayAndIsSentOnce() {
        Response intake = Fixtures.impounded(inspector, district, lot);
        String impound = intake.path("id");
        OffsetDateTime impoundedAt = OffsetDateTime.parse(intake.path("impoundedAt"));

        List<Map<String, Object>> notices = notices(impound);
        assertThat(notices).extracting(n -> n.get("kind")).containsExactly("INTAKE", "REMINDER", "FINAL");
        assertThat(notices).extracting(n -> OffsetDateTime.parse((String) n.get("dueAt")).toInstant())
                .containsExactly(impoundedAt.toInstant(), impoundedAt.plusDays(10).toInstant(), impoundedAt.plusDays(50).toInstant());
        assertThat(notices).allSatisfy(n -> assertThat(n).doesNotContainKey("sentAt"));

        Unclaimed.sendDueNotices("replica-a");
        assertThat(sentKinds(impound)).containsExactly("INTAKE");
        assertThat(notices(impound).get(0)).containsEntry("channel", "SMS").containsEntry("to", "+98 914 000 0000");

        clock.advance(Duration.ofDays(10).minusMinutes(1));
        Unclaimed.sendDueNotices("replica-a");
        assertThat(sentKinds(impound)).containsExactly("INTAKE");
        clock.advance(Duration.ofMinutes(1));
        Unclaimed.sendDueNotices("replica-b");
        assertThat(sentKinds(impound)).containsExactly("INTAKE", "REMINDER");

        clock.advance(Duration.ofDays(40));
        Unclaimed.sendDueNotices("replica-a");
        Unclaimed.sendDueNotices("replica-b");
        assertThat(sentKinds(impound)).containsExactly("INTAKE", "REMINDER", "FINAL");
        assertThat(gateway.timesSent(impound)).containsExactlyInAnyOrderEntriesOf(
                Map.of(NoticeKind.INTAKE, 1L, NoticeKind.REMINDER, 1L, NoticeKind.FINAL, 1L));
    }

    @Test
    void aVehicleTakenInBeforeTheNoticesExistedGetsThemByTheSameScheduleOnce() {
        Response intake = Fixtures.impounded(inspector, district, lot);
        String impound = intake.path("id");
        OffsetDateTime impoundedAt = OffsetDateTime.parse(intake.path("impoundedAt"));
        Unclaimed.withoutNotices(impound);
        assertThat(notices(impound)).isEmpty();

        Unclaimed.sendDueNotices("replica-a");
        Unclaimed.sendDueNotices("replica-b");
        assertThat(notices(impound)).extracting(n -> OffsetDateTime.parse((String) n.get("dueAt")).toInstant())
                .containsExactly(impoundedAt.toInstant(), impoundedAt.plusDays(10).toInstant(), impoundedAt.plusDays(50).toInstant());
        assertThat(sentKinds(impound)).containsExactly("INTAKE");
        assertThat(gateway.timesSent(impound)).containsExactlyEntriesOf(Map.of(NoticeKind.INTAKE, 1L));
    }

    @Test
    void aVehicleReleasedBeforeItsNoticesWentOutCancelsThem() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Unclaimed.sendDueNotices("replica-a");
        long balance = Api.as(clerk).get("/api/v1/impounds/{id}/fees", impound).then().extract().<Number>path("balance").longValue();
        Api.as(clerk).body(Map.of("amount", balance, "method", "CARD")).post("/api/v1/impounds/{id}/payments", impound).then().statusCode(201);
        String etag = Api.as(clerk).get("/api/v1/impounds/{id}", impound).then().extract().header("ETag");
        Api.as(clerk).header("If-Match", etag).body(Map.of("releasedToName", "Sara Karimi", "releasedToNationalId", NationalIds.next(),
                "ownershipDocument", "Vehicle card 1")).post("/api/v1/impounds/{id}/release", impound).then().statusCode(200);

        clock.advance(Duration.ofDays(61));
        Unclaimed.sendDueNotices("replica-a");

        assertThat(gateway.timesSent(impound)).containsExactly(Map.entry(NoticeKind.INTAKE, 1L));
        List<Map<String, Object>> notices = notices(impound);
        assertThat(notices.subList(1, 3)).allSatisfy(n -> assertThat(n).containsKey("cancelledAt").doesNotContainKey("sentAt"));
    }

    @Test
    void severalReplicasSendingAtOnceSendEachNoticeOnce() throws Exception {
        List<String> impounds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            impounds.add(Fixtures.impounded(inspector, district, lot).path("id"));
        }
        clock.advance(Duration.ofDays(51));  // every notice of every impound is due
        List<Integer> sentByEach = Parallel.run(6, replica -> Unclaimed.sendDueNotices("replica-" + replica));

        for (String impound : impounds) {
            assertThat(gateway.timesSent(impound)).as("notices of %s", impound).containsExactlyInAnyOrderEntriesOf(
                    Map.of(NoticeKind.INTAKE, 1L, NoticeKind.REMINDER, 1L, NoticeKind.FINAL, 1L));
            assertThat(sentKinds(impound)).containsExactly("INTAKE", "REMINDER", "FINAL");
        }
        assertThat(gateway.sent.stream().map(NoticeSender.NoticeMessage::noticeId).distinct().count()).isEqualTo(gateway.sent.size());
        assertThat(sentByEach.stream().mapToInt(Integer::intValue).sum()).isEqualTo(gateway.sent.size());
    }

    @Test
    void aClerkOfAnotherLotDoesNotSeeTheNotices() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        String otherClerk = Fixtures.clerk(Fixtures.lot(district, 5));
        Api.as(otherClerk).get("/api/v1/impounds/{id}/notices", impound).then().statusCode(404);
        Api.as(inspector).get("/api/v1/impounds/{id}/notices", impound).then().statusCode(403);
        Api.as(Fixtures.auditor()).get("/api/v1/impounds/{id}/notices", impound).then().statusCode(200);
        Api.as(clerk).get("/api/v1/impounds/{id}/notices", UUID.randomUUID()).then().statusCode(404);
    }

    private List<Map<String, Object>> notices(String impound) {
        return Api.as(clerk).get("/api/v1/impounds/{id}/notices", impound).then().statusCode(200).extract().path("");
    }

    private List<Object> sentKinds(String impound) {
        return notices(impound).stream().filter(n -> n.containsKey("sentAt")).map(n -> n.get("kind")).toList();
    }
}
