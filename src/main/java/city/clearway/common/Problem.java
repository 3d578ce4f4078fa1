package city.clearway.common;

import java.util.List;

/** An RFC 9457 problem document. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One failing field, named by its JSON path (e.g. {@code location.lat}). */
    public record FieldError(String field, String message) {
    }
}
