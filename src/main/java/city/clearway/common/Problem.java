package city.clearway.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Map;

/** An RFC 9457 problem document; {@code members} are the extension members of its type, written beside the others. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonIgnore Map<String, Object> members) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return members == null ? Map.of() : members;
    }

    /** One failing field, named by its JSON path (e.g. {@code location.lat}). */
    public record FieldError(String field, String message) {
    }
}
