package city.clearway.impound;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * When each owner notice falls due, counted from intake: the intake notice at once, the reminder after the days a car
 * may stay unclaimed, the final notice after its own days, and disposal becomes possible after the disposal days.
 */
public record NoticeSchedule(int reminderAfterDays, int finalAfterDays, int disposalAfterDays) {

    public NoticeSchedule {
        if (reminderAfterDays < 1 || finalAfterDays <= reminderAfterDays || disposalAfterDays < finalAfterDays) {
            throw new IllegalArgumentException("Notice days must grow: reminder " + reminderAfterDays + " < final " + finalAfterDays
                    + " <= disposal " + disposalAfterDays);
        }
    }

    public Map<NoticeKind, Instant> dueDates(Instant impoundedAt) {
        Map<NoticeKind, Instant> due = new EnumMap<>(NoticeKind.class);
        due.put(NoticeKind.INTAKE, impoundedAt);
        due.put(NoticeKind.REMINDER, impoundedAt.plus(Duration.ofDays(reminderAfterDays)));
        due.put(NoticeKind.FINAL, impoundedAt.plus(Duration.ofDays(finalAfterDays)));
        return due;
    }

    /** The first moment a vehicle taken in at {@code impoundedAt} may be disposed of (with its final notice sent). */
    public Instant disposableFrom(Instant impoundedAt) {
        return impoundedAt.plus(Duration.ofDays(disposalAfterDays));
    }
}
