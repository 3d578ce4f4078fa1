package city.clearway.web;

import city.clearway.common.TimeSource;
import city.clearway.support.Api;
import city.clearway.support.Fixtures;
import city.clearway.support.Office;
import city.clearway.support.TestClock;
import city.clearway.support.Unclaimed;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The office's side of unclaimed vehicles: the notices on the impound page, the unclaimed list and the disposal form. */
@QuarkusTest
class UnclaimedOfficeTest {

    private static final Map<String, String> DISPOSAL = Map.of("disposalMethod", "SCRAP", "disposalReference", "SCR-77", "proceeds", "250000");

    private final TestClock clock = new TestClock();
    private String district;
    private String lot;
    private String inspector;
    private String clerk;
    private String supervisor;

    @BeforeEach
    void aLot() {
        QuarkusMock.installMockForType(clock, TimeSource.class);
        district = Fixtures.district();
        lot = Fixtures.lot(district, 10);
        inspector = Fixtures.inspector(district);
        clerk = Fixtures.clerk(lot);
        supervisor = Fixtures.supervisor();
        Fixtures.tariffInForce();
    }

    @Test
    void aClerkSeesTheNoticesButNoDisposalForm() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Unclaimed.sendDueNotices("replica-a");
        Office clerking = Office.signIn(clerk);
        String page = clerking.request().cookie("clearway-lang", "en").get("/office/impounds/{id}", impound).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Owner notices", "Intake notice", "Reminder", "Final notice", "Not sent yet");
        assertThat(page).doesNotContain("action=\"/office/impounds/" + impound + "/disposal\"");
        String persian = clerking.get("/office/impounds/{id}", impound).asString();
        assertThat(persian).contains("اخطارهای مالک", "اخطار نهایی");
    }

    @Test
    void theDisposalFormIsRefusedToAClerkAndTooEarlyForASupervisorThenDisposes() {
        String impound = Fixtures.impounded(inspector, district, lot).path("id");
        Office supervising = Office.signIn(supervisor);
        assertThat(supervising.get("/office/impounds/{id}", impound).asString()).contains("action=\"/office/impounds/" + impound + "/disposal\"");

        Response byClerk = Office.signIn(clerk).submit("/office/impounds/" + impound + "/disposal", DISPOSAL);
        assertThat(byClerk.statusCode()).isEqualTo(403);
        Response tooEarly = supervising.submit("/office/impounds/" + impound + "/disposal", DISPOSAL);
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.asString()).contains("۶۰ روز پس از پذیرش").contains("SCR-77");

        clock.advance(Duration.ofDays(61));
        Unclaimed.sendDueNotices("replica-a");
        supervising = Office.signIn(supervisor);  // the earlier session ran out while the weeks passed
        String list = supervising.get("/office/unclaimed").then().statusCode(200).extract().asString();
        assertThat(list).contains("/office/impounds/" + impound);
        Response disposed = supervising.submit("/office/impounds/" + impound + "/disposal", DISPOSAL);
        assertThat(disposed.statusCode()).isEqualTo(303);
        assertThat(disposed.header("Location")).contains("/office/impounds/" + impound).contains("done=disposal");
        String after = supervising.get(disposed.header("Location")).asString();
        assertThat(after).contains("خودرو واگذار شد.").contains("SCR-77").doesNotContain("/disposal\"");
        assertThat(Api.as(clerk).get("/api/v1/impounds/{id}", impound).<String>path("status")).isEqualTo("DISPOSED");
        assertThat(supervising.get("/office/unclaimed").asString()).doesNotContain("/office/impounds/" + impound);
    }
}
