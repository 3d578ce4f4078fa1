package city.clearway.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/** Checks {@link InRecordedDates} on the kinds of time the wire carries. */
public class InRecordedDatesValidator implements ConstraintValidator<InRecordedDates, Temporal> {

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (value instanceof OffsetDateTime time) {
            return RecordedDates.contains(time);
        }
        if (value instanceof LocalDate day) {
            return RecordedDates.contains(day);
        }
        if (value instanceof Instant instant) {
            return RecordedDates.contains(instant);
        }
        throw new IllegalArgumentException("@InRecordedDates does not apply to " + value.getClass().getSimpleName());
    }
}
