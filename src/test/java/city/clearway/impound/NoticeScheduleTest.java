package city.clearway.impound;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When each owner notice falls due and from when a vehicle may be disposed of, counted from intake. */
class NoticeScheduleTest {

    private static final Instant INTAKE = Instant.parse("2026-11-30T06:30:00Z");

    @Test
    void noticesFallDueAtIntakeAfterTheReminderDaysAndAfterTheFinalDays() {
        Map<NoticeKind, Instant> due = new NoticeSchedule(10, 50, 60).dueDates(INTAKE);
        assertThat(due).containsExactly(
                Map.entry(NoticeKind.INTAKE, INTAKE),
                Map.entry(NoticeKind.REMINDER, Instant.parse("2026-12-10T06:30:00Z")),
                Map.entry(NoticeKind.FINAL, Instant.parse("2027-01-19T06:30:00Z")));
        assertThat(new NoticeSchedule(10, 50, 60).disposableFrom(INTAKE)).isEqualTo(Instant.parse("2027-01-29T06:30:00Z"));
    }

    @Test
    void aFinalNoticeAfterDisposalOrBeforeTheReminderIsRefusedAtStart() {
        assertThatThrownBy(() -> new NoticeSchedule(10, 70, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeSchedule(10, 10, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeSchedule(0, 50, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
