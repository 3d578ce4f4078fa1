package city.clearway.violation;

import city.clearway.common.StoredPhoto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** An evidence photo of a violation, known by the SHA-256 of its bytes (its bytes are kept apart, in {@link PhotoContent}). */
@Entity
@Immutable
@Table(name = "violation_photo")
public class Photo extends StoredPhoto {

    @Column(name = "violation_id", nullable = false)
    private UUID violationId;

    protected Photo() {
    }

    Photo(UUID violationId, String sha256, long size, String contentType, Instant uploadedAt, String uploadedBy) {
        super(sha256, size, contentType, uploadedAt, uploadedBy);
        this.violationId = violationId;
    }

    public UUID getViolationId() {
        return violationId;
    }
}
