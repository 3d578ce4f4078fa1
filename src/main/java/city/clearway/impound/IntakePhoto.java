package city.clearway.impound;

import city.clearway.common.StoredPhoto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** A photo of a vehicle as it entered the lot, known by the SHA-256 of its bytes (its bytes are kept apart, in {@link IntakePhotoContent}). */
@Entity
@Immutable
@Table(name = "impound_photo")
public class IntakePhoto extends StoredPhoto {

    @Column(name = "impound_id", nullable = false)
    private UUID impoundId;

    protected IntakePhoto() {
    }

    IntakePhoto(UUID impoundId, String sha256, long size, String contentType, Instant uploadedAt, String uploadedBy) {
        super(sha256, size, contentType, uploadedAt, uploadedBy);
        this.impoundId = impoundId;
    }

    public UUID getImpoundId() {
        return impoundId;
    }
}
