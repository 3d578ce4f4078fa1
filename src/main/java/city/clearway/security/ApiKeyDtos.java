package city.clearway.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What crosses the wire for API keys. The key goes out once, in {@link ApiKeyCreated}, and never again. */
public final class ApiKeyDtos {

    private ApiKeyDtos() {
    }

    public record ApiKeyCreate(@NotBlank @Size(max = 200) String name) {
    }

    public record ApiKeyCreated(UUID id, String name, String key, OffsetDateTime createdAt) {
    }

    public record ApiKeyView(UUID id, String name, OffsetDateTime createdAt, String createdBy, OffsetDateTime revokedAt,
                             String revokedBy) {
    }
}
