package city.clearway.violation;

import city.clearway.common.ProblemException;
import city.clearway.common.RecordedDates;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of violations ended: the registration time and id of its last row. The next page starts strictly
 * after it in (newest first, then id) order, so pages never repeat or skip rows, whatever is inserted meanwhile.
 */
public record ViolationCursor(Instant registeredAt, UUID id) {

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, registeredAt);
        String text = micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static ViolationCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            long micros = Long.parseLong(text.substring(0, bar));
            Instant registeredAt = Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
            if (RecordedDates.contains(registeredAt)) {
                return new ViolationCursor(registeredAt, UUID.fromString(text.substring(bar + 1)));
            }
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException | ArithmeticException | DateTimeException e) {
            // reported below: no page ever ended there
        }
        throw ProblemException.badParameter("cursor", "cursor");
    }
}
