package city.clearway.impound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long a vehicle may stay unclaimed (CLEARWAY_NOTICE_AFTER_DAYS, CLEARWAY_FINAL_NOTICE_AFTER_DAYS,
 * CLEARWAY_DISPOSAL_AFTER_DAYS) and how the owner notices are sent (CLEARWAY_NOTICE_CLAIM, CLEARWAY_NOTICE_SENDING_EVERY).
 */
@ConfigMapping(prefix = "clearway")
public interface LotSettings {

    /** Days after intake when the reminder notice falls due. */
    @WithDefault("10")
    int noticeAfterDays();

    /** Days after intake when the final notice falls due: by default ten days before disposal becomes possible. */
    @WithDefault("50")
    int finalNoticeAfterDays();

    /** Days after intake from which an unclaimed vehicle whose final notice was sent may be disposed of. */
    @WithDefault("60")
    int disposalAfterDays();

    /** How long a replica holds a due notice it claimed to send; should it die, another sends the notice after that. */
    @WithDefault("PT5M")
    Duration noticeClaim();

    /** How often each replica looks for due notices to send (CLEARWAY_NOTICE_SENDING_EVERY, as {@code @Scheduled} reads it). */
    @WithDefault("1m")
    String noticeSendingEvery();

    default NoticeSchedule schedule() {
        return new NoticeSchedule(noticeAfterDays(), finalNoticeAfterDays(), disposalAfterDays());
    }
}
