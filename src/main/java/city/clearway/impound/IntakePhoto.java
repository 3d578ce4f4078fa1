package city.clearway.impound;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** A photo of a vehicle as it entered the lot, known by the SHA-256 of its bytes (kept apart, in {@link IntakePhotoContent}). */
@Entity
@Immutable
@Table(name = "impound_photo")
public class IntakePhoto {

    @Id
    private UUID id;

    @Column(name = "impound_id", nullable = false)
    private UUID impoundId;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected IntakePhoto() {
    }

    IntakePhoto(UUID impoundId, String sha256, long size, String contentType, Instant uploadedAt, String uploadedBy) {
        this.id = UUID.randomUUID();
        this.impoundId = impoundId;
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getImpoundId() {
        return impoundId;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
