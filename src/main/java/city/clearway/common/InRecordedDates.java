package city.clearway.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date or time a client sent must fall within {@link RecordedDates}; {@code null} is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = InRecordedDatesValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InRecordedDates {

    String message() default "{clearway.date-range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
