package city.clearway.violation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** An evidence photo of a violation, known by the SHA-256 of its bytes (kept apart, in {@link PhotoContent}). */
@Entity
@Immutable
@Table(name = "violation_photo")
public class Photo {

    @Id
    private UUID id;

    @Column(name = "violation_id", nullable = false)
    private UUID violationId;

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

    protected Photo() {
    }

    Photo(UUID violationId, String sha256, long size, String contentType, Instant uploadedAt, String uploadedBy) {
        this.id = UUID.randomUUID();
        this.violationId = violationId;
        this.sha256 = sha256;
        this.size = size;
        this.contentType = contentType;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public UUID getId() {
        return id;
    }

    public UUID getViolationId() {
        return violationId;
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
